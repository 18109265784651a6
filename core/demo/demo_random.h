#pragma once

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

namespace clientele::demo {

// Deterministic random numbers for the demo data: std::mt19937_64 is specified exactly by the
// standard, but <random>'s distributions are not, so the few shapes needed are written here and
// the same seed gives the same shop on every platform.
class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_engine(seed) {}

    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    int between(int low, int high)                                                 // inclusive
    {
        return low + static_cast<int>(uniform() * (high - low + 1));
    }
    bool chance(double p) { return uniform() < p; }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    double normal() {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    double logNormal(double mu, double sigma) { return std::exp(mu + sigma * normal()); }
    int poisson(double mean) {
        if (mean > 30) // normal approximation keeps big means cheap
            return std::max(0, static_cast<int>(std::lround(mean + std::sqrt(mean) * normal())));
        const double limit = std::exp(-mean);
        int k = 0;
        for (double p = uniform(); p > limit; p *= uniform())
            ++k;
        return k;
    }
    std::uint32_t bits() { return static_cast<std::uint32_t>(m_engine() >> 32); }

    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(uniform() * static_cast<double>(items.size()))];
    }

private:
    std::mt19937_64 m_engine;
};

// Picks an index with probability proportional to its weight, in O(log n).
class WeightedPicker {
public:
    WeightedPicker() = default;
    explicit WeightedPicker(const std::vector<double>& weights) {
        double sum = 0;
        for (double w : weights)
            m_cumulative.push_back(sum += w);
    }
    int pick(Random& random) const {
        const double target = random.uniform() * m_cumulative.back();
        int lo = 0, hi = static_cast<int>(m_cumulative.size()) - 1;
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (m_cumulative[static_cast<std::size_t>(mid)] > target)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

private:
    std::vector<double> m_cumulative;
};

} // namespace clientele::demo
