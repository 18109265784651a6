#include "minimizer.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_multimin.h>
#include <gsl/gsl_vector.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>

namespace clientele::models {

namespace {

// GSL aborts the process on an error unless told otherwise; every caller here checks return
// codes and the finiteness of results instead.
void disableGslAbort() {
    static std::once_flag once;
    std::call_once(once, [] { gsl_set_error_handler_off(); });
}

struct VectorDeleter {
    void operator()(gsl_vector* v) const { gsl_vector_free(v); }
};
using Vector = std::unique_ptr<gsl_vector, VectorDeleter>;

Vector makeVector(std::span<const double> values) {
    Vector v(gsl_vector_alloc(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i) {
        gsl_vector_set(v.get(), i, values[i]);
    }
    return v;
}

std::vector<double> toStd(const gsl_vector* v) {
    return std::vector<double>(v->data, v->data + v->size);
}

std::span<const double> view(const gsl_vector* v) {
    return {v->data, v->size};
}

double finiteOrInf(double value) {
    return std::isfinite(value) ? value : GSL_POSINF;
}

double valueOnly(const gsl_vector* x, void* params) {
    const auto& f = *static_cast<const ObjectiveWithGradient*>(params);
    return finiteOrInf(f(view(x), {}));
}

void valueAndGradient(const gsl_vector* x, void* params, double* value, gsl_vector* grad) {
    const auto& f = *static_cast<const ObjectiveWithGradient*>(params);
    *value = finiteOrInf(f(view(x), {grad->data, grad->size}));
    for (std::size_t i = 0; i < grad->size; ++i) {
        if (!std::isfinite(grad->data[i])) {
            grad->data[i] = 0; // an unusable point: the value (+inf) already rejects it
        }
    }
}

void gradientOnly(const gsl_vector* x, void* params, gsl_vector* grad) {
    double ignored = 0;
    valueAndGradient(x, params, &ignored, grad);
}

double simplexValue(const gsl_vector* x, void* params) {
    const auto& f = *static_cast<const Objective*>(params);
    return finiteOrInf(f(view(x)));
}

bool finitePoint(const std::vector<double>& x, double value) {
    for (double v : x) {
        if (!std::isfinite(v)) {
            return false;
        }
    }
    return std::isfinite(value);
}

double norm(const std::vector<double>& v) {
    double sum = 0;
    for (double e : v) {
        sum += e * e;
    }
    return std::sqrt(sum);
}

// Newton steps with the Hessian from central differences of the analytic gradient. BFGS's line
// search stalls on long flat ridges (strongly correlated parameters, as in the Gamma-Gamma
// model) once the changes of f reach its rounding noise; the gradient still carries the
// information, and a few Newton steps on it converge quadratically. A step is kept only when
// it shrinks the gradient.
void newtonPolish(const ObjectiveWithGradient& f, std::vector<double>& x, double& value,
                  std::vector<double>& grad) {
    const std::size_t n = x.size();
    constexpr double kStep = 1e-5;
    constexpr int kMaxSteps = 10;
    for (int iteration = 0; iteration < kMaxSteps; ++iteration) {
        std::unique_ptr<gsl_matrix, decltype(&gsl_matrix_free)> hessian(gsl_matrix_alloc(n, n),
                                                                        gsl_matrix_free);
        std::vector<double> up(n), down(n);
        for (std::size_t j = 0; j < n; ++j) {
            std::vector<double> xu = x, xd = x;
            xu[j] += kStep;
            xd[j] -= kStep;
            f(xu, up);
            f(xd, down);
            for (std::size_t i = 0; i < n; ++i) {
                gsl_matrix_set(hessian.get(), i, j, (up[i] - down[i]) / (2 * kStep));
            }
        }
        // Symmetrise, then solve H d = -g by LU (H need not be definite away from the optimum).
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) {
                const double mean =
                    (gsl_matrix_get(hessian.get(), i, j) + gsl_matrix_get(hessian.get(), j, i)) / 2;
                gsl_matrix_set(hessian.get(), i, j, mean);
                gsl_matrix_set(hessian.get(), j, i, mean);
            }
        }
        std::unique_ptr<gsl_permutation, decltype(&gsl_permutation_free)> perm(
            gsl_permutation_alloc(n), gsl_permutation_free);
        int sign = 0;
        Vector rhs = makeVector(grad);
        gsl_vector_scale(rhs.get(), -1);
        Vector step(gsl_vector_alloc(n));
        if (gsl_linalg_LU_decomp(hessian.get(), perm.get(), &sign) != GSL_SUCCESS ||
            gsl_linalg_LU_solve(hessian.get(), perm.get(), rhs.get(), step.get()) != GSL_SUCCESS) {
            return;
        }
        std::vector<double> candidate = x, candidateGrad(n);
        for (std::size_t i = 0; i < n; ++i) {
            candidate[i] += gsl_vector_get(step.get(), i);
        }
        const double candidateValue = f(candidate, candidateGrad);
        if (!finitePoint(candidate, candidateValue) || !(norm(candidateGrad) < norm(grad))) {
            return;
        }
        x = std::move(candidate);
        value = candidateValue;
        grad = std::move(candidateGrad);
    }
}

} // namespace

MinimizerResult minimizeBfgs(const ObjectiveWithGradient& f, std::span<const double> start,
                             const MinimizerOptions& options) {
    disableGslAbort();
    gsl_multimin_function_fdf fdf;
    fdf.n = start.size();
    fdf.f = valueOnly;
    fdf.df = gradientOnly;
    fdf.fdf = valueAndGradient;
    fdf.params = const_cast<ObjectiveWithGradient*>(&f);

    std::unique_ptr<gsl_multimin_fdfminimizer, decltype(&gsl_multimin_fdfminimizer_free)> state(
        gsl_multimin_fdfminimizer_alloc(gsl_multimin_fdfminimizer_vector_bfgs2, start.size()),
        gsl_multimin_fdfminimizer_free);
    const Vector x0 = makeVector(start);
    MinimizerResult result;
    if (gsl_multimin_fdfminimizer_set(state.get(), &fdf, x0.get(), options.initialStep, 0.1) !=
        GSL_SUCCESS) {
        result.x.assign(start.begin(), start.end());
        result.value = GSL_POSINF;
        return result;
    }
    int status = GSL_CONTINUE;
    while (status == GSL_CONTINUE && result.iterations < options.maxIterations) {
        ++result.iterations;
        if (gsl_multimin_fdfminimizer_iterate(state.get()) != GSL_SUCCESS) {
            break; // no progress: the Newton polish below takes over
        }
        status = gsl_multimin_test_gradient(
            state->gradient, std::max(options.gradientTolerance, options.quasiNewtonTolerance));
    }
    result.x = toStd(state->x);
    std::vector<double> grad(result.x.size());
    result.value = f(result.x, grad);
    if (!(norm(grad) <= options.gradientTolerance)) {
        newtonPolish(f, result.x, result.value, grad);
    }
    result.converged =
        norm(grad) <= options.gradientTolerance && finitePoint(result.x, result.value);
    return result;
}

MinimizerResult minimizeFromStarts(const ObjectiveWithGradient& coarse,
                                   const ObjectiveWithGradient& full,
                                   const std::vector<std::vector<double>>& starts,
                                   const MinimizerOptions& options) {
    const ObjectiveWithGradient& first = coarse ? coarse : full;
    MinimizerResult best;
    best.value = GSL_POSINF;
    for (const std::vector<double>& start : starts) {
        MinimizerResult result = minimizeBfgs(first, start, options);
        if (result.converged && (!best.converged || result.value < best.value)) {
            best = std::move(result);
        }
    }
    if (!coarse || best.x.empty()) {
        return best;
    }
    return minimizeBfgs(full, best.x, options);
}

MinimizerResult minimizeSimplex(const Objective& f, std::span<const double> start,
                                const MinimizerOptions& options) {
    disableGslAbort();
    gsl_multimin_function fn;
    fn.n = start.size();
    fn.f = simplexValue;
    fn.params = const_cast<Objective*>(&f);

    std::unique_ptr<gsl_multimin_fminimizer, decltype(&gsl_multimin_fminimizer_free)> state(
        gsl_multimin_fminimizer_alloc(gsl_multimin_fminimizer_nmsimplex2, start.size()),
        gsl_multimin_fminimizer_free);
    const Vector x0 = makeVector(start);
    Vector steps(gsl_vector_alloc(start.size()));
    gsl_vector_set_all(steps.get(), options.initialStep);
    MinimizerResult result;
    if (gsl_multimin_fminimizer_set(state.get(), &fn, x0.get(), steps.get()) != GSL_SUCCESS) {
        result.x.assign(start.begin(), start.end());
        result.value = GSL_POSINF;
        return result;
    }
    int status = GSL_CONTINUE;
    while (status == GSL_CONTINUE && result.iterations < options.maxIterations) {
        ++result.iterations;
        if (gsl_multimin_fminimizer_iterate(state.get()) != GSL_SUCCESS) {
            break;
        }
        status = gsl_multimin_test_size(gsl_multimin_fminimizer_size(state.get()),
                                        options.sizeTolerance);
    }
    result.x = toStd(state->x);
    result.value = state->fval;
    result.converged = status == GSL_SUCCESS && finitePoint(result.x, result.value);
    return result;
}

} // namespace clientele::models
