#pragma once

#include "common/ids.h"

#include <QDialog>

class QLabel;
class QRadioButton;

namespace clientele {

class AppContext;

// Merges two duplicate customers: the user picks which record survives; orders, visits,
// preferences and the rest move to it and the other record is deleted. Not undoable, so the
// dialog says so before anything happens.
class MergeDialog : public QDialog {
    Q_OBJECT
public:
    MergeDialog(AppContext& app, Id first, Id second, QWidget* parent = nullptr);

    // Which one survives (the first by default: the older record).
    void setSurvivor(Id id);
    Id survivor() const;
    Id merged() const;
    void accept() override;

private:
    QRadioButton* choice(Id id);

    AppContext& m_app;
    Id m_first;
    Id m_second;
    QRadioButton* m_keepFirst = nullptr;
    QRadioButton* m_keepSecond = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace clientele
