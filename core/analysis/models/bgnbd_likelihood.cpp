#include "bgnbd_likelihood.h"

#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace clientele::models {

namespace {

// Out-of-range arguments give non-finite values, which the optimiser rejects, not exceptions.
using Policy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::errno_on_error>,
    boost::math::policies::pole_error<boost::math::policies::errno_on_error>,
    boost::math::policies::overflow_error<boost::math::policies::errno_on_error>,
    boost::math::policies::evaluation_error<boost::math::policies::errno_on_error>>;

double lgamma(double v) {
    return boost::math::lgamma(v, Policy());
}

double digamma(double v) {
    return boost::math::digamma(v, Policy());
}

int indexOf(const std::vector<double>& sorted, double value) {
    return static_cast<int>(std::lower_bound(sorted.begin(), sorted.end(), value) - sorted.begin());
}

// log(1 + e^d) and the logistic function 1 / (1 + e^-d), its derivative, from one exponential.
struct Softplus {
    double value;
    double slope;
};

Softplus softplus(double d) {
    const double e = std::exp(-std::abs(d));
    return {std::max(d, 0.0) + std::log1p(e), d > 0 ? 1 / (1 + e) : e / (1 + e)};
}

} // namespace

BgNbdLikelihood::BgNbdLikelihood(std::span<const CustomerSummary> customers) {
    std::vector<std::tuple<int, double, double>> keys;
    keys.reserve(customers.size());
    for (const CustomerSummary& c : customers) {
        keys.emplace_back(c.x, c.tx, c.T);
        m_tValues.push_back(c.T);
        m_tValues.push_back(c.tx);
        m_sumX += c.x;
        m_sumT += c.T;
    }
    m_totalWeight = static_cast<double>(customers.size());
    std::sort(keys.begin(), keys.end());
    std::sort(m_tValues.begin(), m_tValues.end());
    m_tValues.erase(std::unique(m_tValues.begin(), m_tValues.end()), m_tValues.end());

    for (std::size_t i = 0; i < keys.size(); ++i) {
        const auto& [x, tx, T] = keys[i];
        if (i > 0 && keys[i] == keys[i - 1]) {
            m_groups.back().weight += 1;
            m_xs.back().weight += 1;
            continue;
        }
        if (m_xs.empty() || m_xs.back().x != x) {
            m_xs.push_back({x, 0});
        }
        m_xs.back().weight += 1;
        m_groups.push_back(
            {static_cast<int>(m_xs.size()) - 1, indexOf(m_tValues, T), indexOf(m_tValues, tx), 1});
    }
}

double BgNbdLikelihood::evaluate(const BgNbdParams& p, std::span<double> grad) const {
    const bool wantGrad = !grad.empty();
    const double r = p.r, alpha = p.alpha, a = p.a, b = p.b;
    const double logAlpha = std::log(alpha), logA = std::log(a);

    // Terms that depend on x only: log Gamma(r+x)/Gamma(r) + r log(alpha) and the beta-function
    // ratio B(a, b+x) / B(a, b), with their derivatives.
    double ll = 0, gR = 0, gAlpha = 0, gA = 0, gB = 0;
    const double psiAB = wantGrad ? digamma(a + b) : 0;
    const double psiR = wantGrad ? digamma(r) : 0;
    const double psiB = wantGrad ? digamma(b) : 0;
    std::vector<double> logB1(m_xs.size());
    for (std::size_t k = 0; k < m_xs.size(); ++k) {
        const int x = m_xs[k].x;
        const double w = m_xs[k].weight;
        ll += w * (lgamma(r + x) - lgamma(r) + r * logAlpha + lgamma(a + b) + lgamma(b + x) -
                   lgamma(b) - lgamma(a + b + x));
        logB1[k] = x > 0 ? std::log(b + x - 1) : 0;
        if (wantGrad && x > 0) {
            const double psiABx = digamma(a + b + x);
            gR += w * (digamma(r + x) - psiR);
            gA += w * (psiAB - psiABx);
            gB += w * (psiAB + digamma(b + x) - psiB - psiABx);
        }
        gR += w * logAlpha;
        gAlpha += w * r / alpha;
    }

    std::vector<double> logAT(m_tValues.size()), invAT(m_tValues.size());
    for (std::size_t i = 0; i < m_tValues.size(); ++i) {
        logAT[i] = std::log(alpha + m_tValues[i]);
        invAT[i] = 1.0 / (alpha + m_tValues[i]);
    }

    for (const Group& g : m_groups) {
        const int x = m_xs[g.xIndex].x;
        const double rx = r + x;
        const double lT = logAT[g.tIndex];
        double term = -rx * lT;
        double dR = -lT, dAlpha = -rx * invAT[g.tIndex], dA = 0, dB = 0;
        if (x > 0) {
            // The customer may still be alive at T, or have dropped out right after t_x.
            const double lTx = logAT[g.txIndex];
            const double d = logA - logB1[g.xIndex] + rx * (lT - lTx);
            const Softplus sp = softplus(d);
            term += sp.value;
            if (wantGrad) {
                const double w = sp.slope;
                dR += w * (lT - lTx);
                dAlpha += w * rx * (invAT[g.tIndex] - invAT[g.txIndex]);
                dA = w / a;
                dB = -w / (b + x - 1);
            }
        }
        ll += g.weight * term;
        if (wantGrad) {
            gR += g.weight * dR;
            gAlpha += g.weight * dAlpha;
            gA += g.weight * dA;
            gB += g.weight * dB;
        }
    }
    if (wantGrad) {
        grad[0] = gR;
        grad[1] = gAlpha;
        grad[2] = gA;
        grad[3] = gB;
    }
    return ll;
}

} // namespace clientele::models
