#include "profile_tab.h"

#include "common/dates.h"
#include "common/text_lists.h"
#include "shell/app_context.h"

#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace clientele {

namespace {

// Whole years from birthday to today; nullopt for an unparseable or future birthday.
std::optional<int> ageOn(const QString& birthday, DayNumber today) {
    auto born = parseIsoDate(birthday);
    if (!born)
        return std::nullopt;
    const Ymd b = civilDate(*born);
    const Ymd t = civilDate(today);
    int age = t.year - b.year;
    if (t.month < b.month || (t.month == b.month && t.day < b.day))
        --age;
    return age >= 0 ? std::optional<int>(age) : std::nullopt;
}

} // namespace

ProfileTab::ProfileTab(AppContext& app, QWidget* parent)
    : QWidget(parent)
    , m_app(app) {
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    m_form = new QFormLayout(inner);
    m_form->setHorizontalSpacing(24);
    m_form->setVerticalSpacing(10);
    m_form->setLabelAlignment(Qt::AlignRight);
    scroll->setWidget(inner);
    outer->addWidget(scroll);
}

void ProfileTab::addRow(const QString& key, const QString& label, const QString& value) {
    auto* text = new QLabel(value.isEmpty() ? QStringLiteral("—") : value);
    text->setObjectName(key);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* caption = new QLabel(label);
    caption->setStyleSheet(QStringLiteral("color: #607d8b;"));
    m_form->addRow(caption, text);
}

void ProfileTab::display(const Customer& c) {
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    QString birthday;
    if (!c.birthday.isEmpty()) {
        birthday = m_app.date(c.birthday);
        if (c.birthdayLunar)
            birthday += tr(" (lunar calendar)");
    }
    const auto age = ageOn(c.birthday, m_app.today());
    addRow(QStringLiteral("title"), tr("Title"), c.title);
    addRow(QStringLiteral("birthday"), tr("Birthday"), birthday);
    addRow(QStringLiteral("age"), tr("Age"), age ? QString::number(*age) : QString());
    addRow(QStringLiteral("native_place"), tr("Native place"), c.nativePlace);
    addRow(QStringLiteral("education"), tr("Education"), c.education);
    addRow(QStringLiteral("occupation"), tr("Experience"), c.occupation);
    addRow(QStringLiteral("family"), tr("Family"), c.family);
    addRow(QStringLiteral("personality"), tr("Personality"), c.personality);
    addRow(QStringLiteral("hobbies"), tr("Hobbies"), c.hobbies);
    addRow(QStringLiteral("address"), tr("Address"),
           QStringList{c.address, c.city, c.region}
               .filter(QRegularExpression(QStringLiteral("\\S")))
               .join(QStringLiteral(", ")));
    addRow(QStringLiteral("emails"), tr("Emails"), splitList(c.emails).join(QStringLiteral(", ")));
    addRow(QStringLiteral("source"), tr("Source"), c.source);
    addRow(QStringLiteral("notes"), tr("Notes"), c.notes);
}

QString ProfileTab::valueOf(const QString& key) const {
    auto* label = findChild<QLabel*>(key);
    return label ? label->text() : QString();
}

} // namespace clientele
