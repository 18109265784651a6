#pragma once

// A generated shop shared by the analysis tests that compare the engine with plain SQL: made
// once per test run (a few hundred customers, so it stays quick) and loaded once.
#include "analysis/facts.h"
#include "analysis/facts_loader.h"
#include "analysis/window.h"
#include "demo/demo_generator.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <memory>

namespace clientele::test {

class DemoDatabase {
public:
    static const DemoDatabase& get() {
        static const DemoDatabase instance;
        return instance;
    }

    // Part of the generated history, so that both ends of the window matter.
    analysis::Window window() const {
        return {dayNumber({2023, 7, 1}), dayNumber({2024, 3, 31}), dayNumber({2024, 6, 15})};
    }

    TempDir dir;
    std::unique_ptr<Database> db;
    std::shared_ptr<const analysis::Facts> facts;

private:
    DemoDatabase() {
        db = createDatabase(dir);
        DemoOptions options;
        options.customers = 400;
        options.orders = 3000;
        options.years = 3;
        options.seed = 11;
        options.endDay = dayNumber({2024, 6, 15});
        auto made = generateDemo(*db, options);
        REQUIRE(made.ok());
        auto loaded = analysis::loadFacts(*db);
        REQUIRE(loaded.ok());
        facts = *loaded;
    }
};

} // namespace clientele::test
