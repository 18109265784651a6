#include "analysis/distinct_pairs.h"

#include <catch2/catch.hpp>

using namespace clientele::analysis;

TEST_CASE("distinct customers are counted per row whatever the order of the pairs", "[analysis]") {
    DistinctPairs pairs;
    // Row 0: customers 3, 1, 3 again (not consecutively), 1 -> 2 distinct.
    // Row 1: customer 1 three times in a row -> 1. Row 2: nobody. Row 3: 0, 4 -> 2.
    for (auto [row, customer] :
         {std::pair{0, 3}, {1, 1}, {1, 1}, {0, 1}, {3, 0}, {0, 3}, {1, 1}, {3, 4}, {0, 1}})
        pairs.add(row, customer);
    CHECK(pairs.countPerRow(4, 5) == std::vector<int>{2, 1, 0, 2});
    // A second count gives the same: the bitmap was left clean.
    CHECK(pairs.countPerRow(4, 5) == std::vector<int>{2, 1, 0, 2});
}
