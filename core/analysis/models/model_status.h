#pragma once

#include <QString>

namespace clientele::models {

// Why a model has (or has not) produced figures. A result whose status is not Fitted carries no
// parameters worth showing; the reason is written for the user.
enum class FitStatus {
    Fitted,
    NotEnoughHistory, // too few customers or months for a meaningful fit
    NotConverged,     // the optimiser stopped without a finite optimum
    InvalidInput,     // a summary is impossible (negative or non-finite times, t_x > T)
};

struct ModelStatus {
    FitStatus status = FitStatus::NotEnoughHistory;
    QString reason;

    bool fitted() const { return status == FitStatus::Fitted; }
};

} // namespace clientele::models
