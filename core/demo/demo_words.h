#pragma once

#include "common/money.h"
#include "demo_random.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace clientele::demo {

struct City {
    QString name;
    QString region;
};

struct CatalogItem {
    QString sku;
    QString name;
    QString category;
    Money price = 0;
    Money cost = 0;
    double popularity = 1;
    int seasonMonth = 0; // the month it sells best; 0 = all year
};

// The word lists in resources/demo, loaded once.
struct Words {
    QStringList surnames;
    WeightedPicker surnamePicker;
    QStringList givenNames;
    QStringList latinFirst;
    QStringList latinLast;
    std::vector<City> cities;
    WeightedPicker cityPicker;
    QStringList companyWords;
    QStringList companyKinds;
    QStringList latinCompanies;
    std::vector<CatalogItem> catalog;

    static const Words& get();
};

// Small value lists for profile fields, preferences and activity texts.
namespace values {
extern const QStringList hobbies;
extern const QStringList personalities;
extern const QStringList educations;
extern const QStringList occupations;
extern const QStringList families;
extern const QStringList titles;
extern const QStringList sources;
extern const QStringList salespeople;
extern const QStringList competitors;
extern const QStringList visitSubjects;
extern const QStringList visitOutcomes;
extern const QStringList ticketSubjects;
extern const QStringList ticketCategories;
extern const QStringList goals;
extern const QStringList needs;
struct PreferenceChoice {
    QString category;
    QStringList values;
};
extern const std::vector<PreferenceChoice> preferences;
} // namespace values

} // namespace clientele::demo
