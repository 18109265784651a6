#include "message_labels.h"

#include <QCoreApplication>

namespace clientele {

namespace {

struct Label {
    const char* stored;
    const char* shown;
};

const Label kOccasions[] = {
    {"birthday", QT_TRANSLATE_NOOP("MessageLabels", "Birthday")},
    {"lunar_birthday", QT_TRANSLATE_NOOP("MessageLabels", "Lunar birthday")},
    {"spring_festival", QT_TRANSLATE_NOOP("MessageLabels", "Spring Festival")},
    {"mid_autumn", QT_TRANSLATE_NOOP("MessageLabels", "Mid-Autumn Festival")},
    {"holiday", QT_TRANSLATE_NOOP("MessageLabels", "Other holidays")},
    {"revisit", QT_TRANSLATE_NOOP("MessageLabels", "Revisit")},
    {"payment_reminder", QT_TRANSLATE_NOOP("MessageLabels", "Payment reminder")},
};

const Label kLanguages[] = {
    {"zh", QT_TRANSLATE_NOOP("MessageLabels", "Chinese")},
    {"en", QT_TRANSLATE_NOOP("MessageLabels", "English")},
};

const Label kPlaceholders[] = {
    {"name", QT_TRANSLATE_NOOP("MessageLabels", "the customer's name")},
    {"title", QT_TRANSLATE_NOOP("MessageLabels", "their title (Mr, 女士, Director...)")},
    {"last_product", QT_TRANSLATE_NOOP("MessageLabels", "the product they bought last")},
    {"salesperson", QT_TRANSLATE_NOOP("MessageLabels", "their salesperson")},
    {"shop", QT_TRANSLATE_NOOP("MessageLabels", "the shop's name")},
    {"holiday", QT_TRANSLATE_NOOP("MessageLabels", "the holiday")},
    {"amount_due", QT_TRANSLATE_NOOP("MessageLabels", "what they owe, overdue")},
    {"due_date", QT_TRANSLATE_NOOP("MessageLabels", "since when it is due")},
};

template <std::size_t N>
QString find(const Label (&labels)[N], const QString& stored) {
    for (const Label& l : labels)
        if (stored == QLatin1String(l.stored))
            return QCoreApplication::translate("MessageLabels", l.shown);
    return stored;
}

} // namespace

QString occasionLabel(const QString& occasion) {
    return find(kOccasions, occasion);
}

QString languageLabel(const QString& language) {
    return find(kLanguages, language);
}

QString placeholderLabel(const QString& placeholder) {
    return find(kPlaceholders, placeholder);
}

} // namespace clientele
