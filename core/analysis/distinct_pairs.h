#pragma once

#include <cstdint>
#include <vector>

namespace clientele::analysis {

// (row, customer) pairs, many repeated; counts the distinct customers of each row. Sorting a few
// million pairs took most of the time of the analyses that need these counts, so pairs are
// grouped by row with a counting sort and each group is counted with a bitmap over the
// customers that is cleared again after it: linear in the pairs.
class DistinctPairs {
public:
    void add(int row, int customer) {
        // Consecutive repeats (the lines of one order) are dropped at once.
        const std::uint64_t pair =
            (static_cast<std::uint64_t>(static_cast<std::uint32_t>(row)) << 32) |
            static_cast<std::uint32_t>(customer);
        if (m_pairs.empty() || m_pairs.back() != pair)
            m_pairs.push_back(pair);
    }
    // Distinct customers per row for rows 0 .. rows - 1, customers 0 .. customers - 1.
    std::vector<int> countPerRow(int rows, int customers) const;

private:
    std::vector<std::uint64_t> m_pairs;
};

} // namespace clientele::analysis
