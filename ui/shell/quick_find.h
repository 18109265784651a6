#pragma once

#include "common/ids.h"

#include <QWidget>

class QLineEdit;
class QListView;

namespace clientele {

class AppContext;
class QuickFindModel;

// The global quick-find (Ctrl+K): results appear under the box as the user types; Up/Down pick
// one, Enter opens it (the first when none is picked), Escape closes the list. In Pick mode
// (a customer field of a dialog) choosing a customer emits picked instead of opening them.
class QuickFind : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Open, Pick };
    QuickFind(AppContext& app, QWidget* parent = nullptr, Mode mode = Mode::Open);

    void activate(); // focus the box and select its text
    QLineEdit* lineEdit() const { return m_edit; }
    QListView* resultsView() const { return m_results; }
    QuickFindModel* model() const { return m_model; }

signals:
    void picked(clientele::Id customerId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    void showResults();
    void openRow(int row);
    void placeResults();
    void hideResults();

    AppContext& m_app;
    QLineEdit* m_edit = nullptr;
    QListView* m_results = nullptr;
    QuickFindModel* m_model = nullptr;
    bool m_openWhenReady = false;
    Mode m_mode;
};

} // namespace clientele
