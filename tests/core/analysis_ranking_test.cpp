#include "analysis/ranking.h"

#include <catch2/catch.hpp>

#include <optional>
#include <vector>

using namespace clientele;
using namespace clientele::analysis;

namespace {

using Tiers = std::vector<std::optional<Tier>>;

Tiers tiersOf(const std::vector<Money>& measure) {
    return abcTiers(measure);
}

std::vector<int> scoresOf(const std::vector<double>& values, bool higherIsBetter = true) {
    return quintileScores(values, higherIsBetter);
}

} // namespace

TEST_CASE("abc tiers follow the cumulative share before each item", "[analysis][ranking]") {
    // Total 100. Sorted: 50 (before 0 -> A), 30 (before 50% -> A), 15 (before 80% -> B),
    // 4 (before 95% -> C), 1 (before 99% -> C).
    CHECK(tiersOf({15, 50, 1, 30, 4}) == Tiers{Tier::B, Tier::A, Tier::C, Tier::A, Tier::C});
}

TEST_CASE("abc tiers put the item that crosses 80 percent in A", "[analysis][ranking]") {
    // Total 100: 79 (before 0 -> A), 20 (before 79% < 80% -> A), 1 (before 99% -> C).
    CHECK(tiersOf({79, 20, 1}) == Tiers{Tier::A, Tier::A, Tier::C});
    // Exactly 80% before: no longer A. 80 (A), 15 (before 80% -> B), 5 (before 95% -> C).
    CHECK(tiersOf({80, 15, 5}) == Tiers{Tier::A, Tier::B, Tier::C});
}

TEST_CASE("abc tiers break ties by the given order", "[analysis][ranking]") {
    // Four equal items of 25, total 100: before 0, 25, 50 -> A; before 75% -> A as well;
    // with five of 20: befores 0, 20, 40, 60 -> A, 80% -> B.
    CHECK(tiersOf({25, 25, 25, 25}) == Tiers{Tier::A, Tier::A, Tier::A, Tier::A});
    CHECK(tiersOf({20, 20, 20, 20, 20}) == Tiers{Tier::A, Tier::A, Tier::A, Tier::A, Tier::B});
}

TEST_CASE("abc tiers put zero and negative measures in C and leave them out of the total",
          "[analysis][ranking]") {
    // Positive total 100 (the -50 does not reduce it): 90 (A), 10 (before 90% -> B), 0 and -50
    // are C.
    CHECK(tiersOf({0, 90, -50, 10}) == Tiers{Tier::C, Tier::A, Tier::C, Tier::B});
}

TEST_CASE("abc tiers are all null when no measure is positive", "[analysis][ranking]") {
    CHECK(tiersOf({0, -1, -20}) == Tiers{std::nullopt, std::nullopt, std::nullopt});
    CHECK(tiersOf({}).empty());
}

TEST_CASE("quintile scores of distinct values spread over 1 to 5", "[analysis][ranking]") {
    // n = 10, worst to best positions 0..9: 1 + floor(5 p / 10) = 1,1,2,2,3,3,4,4,5,5.
    CHECK(scoresOf({10, 1, 9, 2, 8, 3, 7, 4, 6, 5}) ==
          std::vector<int>{5, 1, 5, 1, 4, 2, 4, 2, 3, 3});
}

TEST_CASE("quintile scores give equal values the score of the first of them",
          "[analysis][ranking]") {
    // Sorted worst to best: 1 (p0), 2 2 2 (first at p1), 3 (p4), 5 5 (first at p5), n = 7.
    // 1 + floor(5p/7): p0 -> 1, p1 -> 1, p4 -> 1 + floor(20/7) = 3, p5 -> 1 + floor(25/7) = 4.
    CHECK(scoresOf({2, 5, 1, 2, 3, 5, 2}) == std::vector<int>{1, 4, 1, 1, 3, 4, 1});
    // All equal: everybody at position 0.
    CHECK(scoresOf({7, 7, 7}) == std::vector<int>{1, 1, 1});
}

TEST_CASE("quintile scores of recency rank fewer days as better", "[analysis][ranking]") {
    // Days 300, 10, 100, 5, 50: worst to best 300, 100, 50, 10, 5 at p 0..4, n = 5 -> p + 1.
    CHECK(scoresOf({300, 10, 100, 5, 50}, false) == std::vector<int>{1, 4, 2, 5, 3});
}

TEST_CASE("quintile scores handle one item and none", "[analysis][ranking]") {
    CHECK(scoresOf({42}) == std::vector<int>{1});
    CHECK(scoresOf({}).empty());
}
