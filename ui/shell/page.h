#pragma once

#include "common/ids.h"

#include <QIcon>
#include <QString>
#include <QWidget>

namespace clientele {

class AppContext;

// One section of the navigation bar (Today, Customers, Orders, ...). The main window only
// stacks pages; each page owns its models and dialogs.
class Page : public QWidget {
    Q_OBJECT
public:
    explicit Page(AppContext& app, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_app(app) {}

    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    // Called when the page is shown; refresh cheaply here (data may have changed meanwhile).
    virtual void activate() {}
    // The widget that should get the focus when the page is shown.
    virtual QWidget* focusTarget() { return this; }
    // The customer the page shows or has selected (0: none), for actions that work "from
    // anywhere a customer is shown" such as Log Visit (Ctrl+L).
    virtual Id currentCustomer() const { return 0; }
    // File → New (Ctrl+N) while the page is shown: a page that creates its own kind of record
    // (an order on the Orders page) does so and returns true; otherwise a customer is created.
    virtual bool createNew() { return false; }

protected:
    AppContext& app() const { return m_app; }

private:
    AppContext& m_app;
};

} // namespace clientele
