#include "distinct_pairs.h"

#include <cstddef>

namespace clientele::analysis {

std::vector<int> DistinctPairs::countPerRow(int rows, int customers) const {
    std::vector<int> start(static_cast<std::size_t>(rows) + 1, 0);
    for (std::uint64_t pair : m_pairs)
        ++start[static_cast<std::size_t>(pair >> 32) + 1];
    for (std::size_t r = 1; r < start.size(); ++r)
        start[r] += start[r - 1];
    std::vector<int> byRow(m_pairs.size());
    std::vector<int> next(start.begin(), start.end() - 1);
    for (std::uint64_t pair : m_pairs)
        byRow[static_cast<std::size_t>(next[static_cast<std::size_t>(pair >> 32)]++)] =
            static_cast<int>(pair & 0xffffffffu);
    std::vector<int> counts(static_cast<std::size_t>(rows), 0);
    std::vector<bool> seen(static_cast<std::size_t>(customers), false);
    for (int r = 0; r < rows; ++r) {
        const auto begin = byRow.begin() + start[static_cast<std::size_t>(r)];
        const auto end = byRow.begin() + start[static_cast<std::size_t>(r) + 1];
        for (auto it = begin; it != end; ++it)
            if (!seen[static_cast<std::size_t>(*it)]) {
                seen[static_cast<std::size_t>(*it)] = true;
                ++counts[static_cast<std::size_t>(r)];
            }
        for (auto it = begin; it != end; ++it)
            seen[static_cast<std::size_t>(*it)] = false;
    }
    return counts;
}

} // namespace clientele::analysis
