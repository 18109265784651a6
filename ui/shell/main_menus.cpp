// The main window's menus and their actions; the window's wiring is in main_window.cpp.
#include "app_context.h"
#include "customer_page/customer_page.h"
#include "file_dialog.h"
#include "main_window.h"
#include "message_box.h"
#include "messages/message_template.h"
#include "messages/send_messages_dialog.h"
#include "messages/templates_dialog.h"
#include "page.h"
#include "preferences_dialog.h"
#include "quick_find.h"
#include "shortcuts_dialog.h"
#include "storage/database.h"

#include <QApplication>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace clientele {

namespace {

QAction* named(QAction* action, const char* name, const QKeySequence& key = {}) {
    action->setObjectName(QLatin1String(name));
    if (!key.isEmpty())
        action->setShortcut(key);
    return action;
}

} // namespace

QAction* MainWindow::action(const QString& name) const {
    return findChild<QAction*>(name);
}

void MainWindow::createMenus() {
    const bool writable = !m_db->isReadOnly();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    named(file->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New Customer…"), this,
                          [this] {
                              if (Page* p = currentPage(); p && p->isVisible() && p->createNew())
                                  return;
                              emit m_app->newCustomerRequested({});
                          }),
          "newCustomer", QKeySequence::New)
        ->setEnabled(writable);
    named(file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase), "openDatabase",
          QKeySequence::Open);
    file->addSeparator();
    named(file->addAction(QIcon(QStringLiteral(":/icons/backup.svg")), tr("&Back Up Now"), this,
                          &MainWindow::backUpNow),
          "backUp", QKeySequence(tr("Ctrl+Shift+B")));
    named(file->addAction(tr("Backups and &Restore…"), this, &MainWindow::showBackups), "backups");
    file->addSeparator();
    named(file->addAction(tr("&Import CSV…"), this, [this] { importCsv(); }), "importCsv",
          QKeySequence(tr("Ctrl+I")))
        ->setEnabled(writable);
    named(file->addAction(tr("Import &History…"), this, &MainWindow::showImportHistory),
          "importHistory");
    named(file->addAction(tr("&Export CSV…"), this, &MainWindow::exportCsv), "exportCsv",
          QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    named(file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows), "quit",
          QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_app->undoStack()->createUndoAction(this, tr("&Undo"));
    QAction* redo = m_app->undoStack()->createRedoAction(this, tr("&Redo"));
    edit->addAction(named(undo, "undo", QKeySequence::Undo));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(named(redo, "redo"));
    edit->addSeparator();
    named(edit->addAction(QIcon(QStringLiteral(":/icons/search.svg")), tr("&Find Customer…"), this,
                          [this] { m_quickFind->activate(); }),
          "quickFind", QKeySequence(tr("Ctrl+K")));
    edit->addSeparator();
    named(edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences), "preferences",
          QKeySequence(tr("Ctrl+,")));
    named(edit->addAction(tr("Message &Templates…"), this,
                          [this] { TemplatesDialog::start(*m_app, currentCustomer(), this); }),
          "messageTemplates");

    QMenu* customer = menuBar()->addMenu(tr("&Customer"));
    named(customer->addAction(QIcon(QStringLiteral(":/icons/visit.svg")), tr("&Log Visit or Call…"),
                              this, [this] { emit m_app->logVisitRequested(currentCustomer()); }),
          "logVisit", QKeySequence(tr("Ctrl+L")))
        ->setEnabled(writable);
    named(customer->addAction(tr("&Write Message…"), this, &MainWindow::writeToCurrentCustomer),
          "writeMessage", QKeySequence(tr("Ctrl+Shift+M")))
        ->setEnabled(writable);
    named(customer->addAction(QIcon(QStringLiteral(":/icons/print.svg")),
                              tr("&Print Customer Sheet…"), this, &MainWindow::printCustomerSheet),
          "printSheet", QKeySequence::Print);
    customer->addSeparator();
    named(
        customer->addAction(tr("&Export Customer's Data…"), this, &MainWindow::exportCustomerData),
        "exportCustomer");
    named(customer->addAction(tr("E&rase Customer's Personal Data…"), this,
                              &MainWindow::eraseCustomerData),
          "eraseCustomer")
        ->setEnabled(writable);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        Page* p = m_pages[i];
        QAction* a = go->addAction(p->icon(), p->title(), this, [this, p] { showPage(p); });
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    named(help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts), "shortcuts",
          QKeySequence::HelpContents);
    named(help->addAction(tr("&About Clientele"), this,
                          [this] {
                              MessageBox::information(
                                  this, tr("About Clientele"),
                                  tr("Clientele %1\nThe offline customer relationship manager.")
                                      .arg(QStringLiteral(CLIENTELE_VERSION)));
                          }),
          "about");
}

void MainWindow::showPreferences() {
    QStringList titles;
    for (Page* p : m_pages)
        titles << p->title();
    auto* dialog = new PreferencesDialog(*m_app, titles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::writeToCurrentCustomer() {
    const Id customer = currentCustomer();
    if (customer == 0) {
        statusBar()->showMessage(tr("Select a customer first"), 4000);
        return;
    }
    MessageRequest request;
    request.recipients.push_back({customer, message_values::revisit});
    request.occasionChoice = true;
    SendMessagesDialog::start(*m_app, std::move(request), this);
}

void MainWindow::showShortcuts() {
    auto* dialog = new ShortcutsDialog(findChildren<QAction*>(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::chooseDatabase() {
    const QString path =
        FileDialog::getOpenFileName(this, tr("Open a Clientele Database"), QString(),
                                    tr("Clientele databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        emit openDatabaseRequested(path);
}

void MainWindow::printCustomerSheet() {
    const Id customer = currentCustomer();
    if (customer == 0) {
        statusBar()->showMessage(tr("Open a customer first"), 4000);
        return;
    }
    if (m_stack->currentWidget() != m_customerPage)
        openCustomer(customer);
    m_customerPage->printSheet();
}

} // namespace clientele
