#pragma once

#include "section_model.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QTableView;

namespace clientele {

// A titled block of the Today page: "Title (count)", a compact table, a line when it is empty,
// and room for the section's buttons beside the title.
class TodaySection : public QFrame {
    Q_OBJECT
public:
    // stretch: the column that takes the width left over (the title or subject).
    TodaySection(const QString& title, const QString& emptyText, QStringList headers,
                 QList<int> numeric, int stretch, QWidget* parent = nullptr);

    void setRows(int count, SectionModel::RowMaker make);
    void addButton(QWidget* button);
    // Until the first rows arrive: no count, and no "nothing here" either.
    void setLoading();

    SectionModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* heading() const { return m_heading; }
    // The selected row (or the current one), -1 when none.
    int currentRow() const;
    // The selected rows in order; the current row when none is selected.
    std::vector<int> selectedRows() const;

signals:
    // Double-click or Enter on a row that has a customer.
    void customerActivated(clientele::Id customerId);

private:
    QString m_title;
    QString m_emptyText;
    int m_stretch = 0;
    QLabel* m_heading = nullptr;
    QLabel* m_empty = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QTableView* m_view = nullptr;
    SectionModel* m_model = nullptr;
};

} // namespace clientele
