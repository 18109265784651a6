#pragma once

#include <functional>
#include <span>
#include <vector>

namespace clientele::models {

// Thin wrappers over GSL's multidimensional minimisers, so the models state their objective as
// plain functions and never see GSL types.

// Returns f(x); when grad is not empty, also writes the gradient of f at x into it. A non-finite
// value tells the minimiser the point is unusable.
using ObjectiveWithGradient =
    std::function<double(std::span<const double> x, std::span<double> grad)>;
using Objective = std::function<double(std::span<const double> x)>;

struct MinimizerOptions {
    int maxIterations = 500;
    double gradientTolerance = 1e-7; // BFGS: converged when |gradient| falls below this
    // BFGS hands over to Newton steps (see minimizer.cpp) once |gradient| is below this.
    double quasiNewtonTolerance = 1e-5;
    double sizeTolerance = 1e-8; // simplex: stop when the simplex is smaller than this
    double initialStep = 0.1;
};

struct MinimizerResult {
    std::vector<double> x;
    double value = 0;
    int iterations = 0;
    bool converged = false; // met the tolerance, with a finite value at a finite point
};

// Quasi-Newton (GSL's vector_bfgs2) with the analytic gradient.
MinimizerResult minimizeBfgs(const ObjectiveWithGradient& f, std::span<const double> start,
                             const MinimizerOptions& options = {});

// Several starts at a modest cost: each start runs on `coarse` (the objective over a subsample),
// and only the best end point is refined on `full`. When coarse is empty, every start runs on
// full. Returns the refined result, or the best start's when no start converged.
MinimizerResult minimizeFromStarts(const ObjectiveWithGradient& coarse,
                                   const ObjectiveWithGradient& full,
                                   const std::vector<std::vector<double>>& starts,
                                   const MinimizerOptions& options = {});

// Derivative-free Nelder-Mead simplex (GSL's nmsimplex2).
MinimizerResult minimizeSimplex(const Objective& f, std::span<const double> start,
                                const MinimizerOptions& options = {});

} // namespace clientele::models
