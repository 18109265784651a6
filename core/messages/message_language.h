#pragma once

#include <QLocale>
#include <QString>

namespace clientele {

// The language to write to a customer in: Chinese for a name written in Chinese characters
// (a customer entered as 王小明 reads Chinese, whatever language the app is in); otherwise the
// app's language, Chinese when the app is in Chinese and English else. A name in Latin letters
// says little: "Wang Xiaoming" may well prefer English, so it follows the app.
QString defaultMessageLanguage(const QString& customerName, const QLocale& appLocale);

bool hasChineseCharacters(const QString& text);

// A customer's title in the message's language: the usual forms of address have their
// counterpart (Mr / 先生, Mrs / 太太, Ms / 女士, Miss / 小姐, Dr / 博士, Prof / 教授; "Mr." and
// "mr" too); any other title (总经理, Director) is written as entered.
QString titleIn(const QString& title, const QString& language);

} // namespace clientele
