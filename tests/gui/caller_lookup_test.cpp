// A phone rings: `clientele --lookup NUMBER` reaches the running app, which opens the caller.
#include "customers/customer_dialog.h"
#include "customers/customer_form.h"
#include "gui_fixture.h"
#include "shell/instance_link.h"
#include "test_paths.h"

#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QUuid>

using namespace clientele;
using namespace clientele::test;

TEST_CASE("a known caller's page opens, an unknown number opens a new customer with it",
          "[gui][calls]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));

    window.lookUpCaller(QStringLiteral("tel:+86-138-0013-8000")); // 王小明's mobile
    CHECK(window.currentCustomer() == shop.wang);

    window.lookUpCaller(QStringLiteral("010 8888 7777")); // nobody's
    auto* dialog = openDialog<CustomerDialog>(&window);
    REQUIRE(dialog);
    auto* phones = qobject_cast<QLineEdit*>(dialog->form()->field(QStringLiteral("phones")));
    REQUIRE(phones);
    CHECK(phones->text() == QStringLiteral("010 8888 7777"));
    dialog->reject();
}

TEST_CASE("clientele --lookup hands the number to the running app and exits", "[gui][calls]") {
    // A socket name of this test's own, so a real Clientele of the user is never disturbed.
    const QString name =
        QStringLiteral("clientele-test-") + QUuid::createUuid().toString(QUuid::Id128);
    qputenv("CLIENTELE_INSTANCE_NAME", name.toUtf8());
    InstanceLink running;
    REQUIRE(running.listen());
    QSignalSpy received(&running, &InstanceLink::received);

    QProcess second;
    second.start(QStringLiteral(CLIENTELE_TEST_GUI),
                 {QStringLiteral("-platform"), QStringLiteral("offscreen"),
                  QStringLiteral("--lookup"), QStringLiteral("138 0013 8000")});
    REQUIRE(second.waitForStarted());
    REQUIRE(received.wait(15000));
    REQUIRE(QTest::qWaitFor([&] { return second.state() == QProcess::NotRunning; }, 15000));
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);
    CHECK(received.at(0).at(0).toString() == QStringLiteral("lookup 138 0013 8000"));

    // Nobody listening: the message is not delivered, so the caller would start the app itself.
    qputenv("CLIENTELE_INSTANCE_NAME", (name + QStringLiteral("-none")).toUtf8());
    CHECK_FALSE(InstanceLink::send(QStringLiteral("lookup 1"), 500));
    qunsetenv("CLIENTELE_INSTANCE_NAME");
}
