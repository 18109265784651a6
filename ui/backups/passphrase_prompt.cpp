#include "passphrase_prompt.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QQueue>
#include <QVBoxLayout>

namespace clientele {

namespace {

QQueue<QByteArray>& queued() {
    static QQueue<QByteArray> answers;
    return answers;
}

class PassphraseDialog : public QDialog {
    Q_DECLARE_TR_FUNCTIONS(PassphraseDialog)

public:
    PassphraseDialog(QWidget* parent, const QString& title, const QString& text, bool confirm)
        : QDialog(parent)
        , m_confirm(confirm) {
        setWindowTitle(title);
        auto* layout = new QVBoxLayout(this);
        auto* intro = new QLabel(text, this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        auto* form = new QFormLayout;
        m_first = passwordField();
        form->addRow(tr("Passphrase:"), m_first);
        if (confirm) {
            m_second = passwordField();
            form->addRow(tr("Repeat:"), m_second);
        }
        layout->addLayout(form);
        m_problem = new QLabel(this);
        m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
        layout->addWidget(m_problem);
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        check();
    }
    QByteArray passphrase() const { return m_first->text().toUtf8(); }

private:
    QLineEdit* passwordField() {
        auto* field = new QLineEdit(this);
        field->setEchoMode(QLineEdit::Password);
        connect(field, &QLineEdit::textChanged, this, [this] { check(); });
        return field;
    }
    // The reason the passphrase cannot be used yet, shown under the fields.
    void check() {
        QString problem;
        if (m_confirm && m_first->text().size() < PassphrasePrompt::kMinimumLength)
            problem = tr("At least %1 characters.").arg(PassphrasePrompt::kMinimumLength);
        else if (m_confirm && m_first->text() != m_second->text())
            problem = tr("The two passphrases differ.");
        else if (m_first->text().isEmpty())
            problem = tr("Type the passphrase.");
        m_problem->setText(problem);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    }

    bool m_confirm;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace

QByteArray PassphrasePrompt::ask(QWidget* parent, const QString& title, const QString& text,
                                 bool confirm) {
    if (!queued().isEmpty())
        return queued().dequeue();
    PassphraseDialog dialog(parent, title, text, confirm);
    return dialog.exec() == QDialog::Accepted ? dialog.passphrase() : QByteArray();
}

void PassphrasePrompt::setNextPassphrase(const QByteArray& passphrase) {
    queued().enqueue(passphrase);
}

void PassphrasePrompt::clearPassphrases() {
    queued().clear();
}

} // namespace clientele
