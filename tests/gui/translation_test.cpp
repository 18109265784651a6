// The app in Simplified Chinese: every page, the customer page and the menus are read with the
// zh_CN translation installed, and any visible text still in English fails the test.
#include "customer_page/customer_page.h"
#include "gui_fixture.h"
#include "shell/app_language.h"
#include "shell/page.h"
#include "test_paths.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QXmlStreamReader>

#include <functional>

using namespace clientele;
using namespace clientele::test;

namespace {

// Installs the zh_CN translation and locale for one test, and takes them away again (the other
// tests in this process read English).
class ChineseForOneTest {
public:
    ChineseForOneTest() {
        REQUIRE(m_translator.load(QStringLiteral(":/i18n/clientele_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_translator);
        // Qt's own buttons (OK, Cancel, Save), as the app loads them (see AppLanguage).
        if (m_qt.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                      QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    ~ChineseForOneTest() {
        QCoreApplication::removeTranslator(&m_translator);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(m_before);
    }

private:
    QLocale m_before;
    QTranslator m_translator;
    QTranslator m_qt;
};

// Words that stay as they are in a Chinese interface: names, formats and abbreviations.
const QStringList& keptWords() {
    static const QStringList words = {
        QStringLiteral("Clientele"), QStringLiteral("CSV"),    QStringLiteral("PDF"),
        QStringLiteral("SVG"),       QStringLiteral("PNG"),    QStringLiteral("JSON"),
        QStringLiteral("Excel"),     QStringLiteral("RFM"),    QStringLiteral("CLV"),
        QStringLiteral("ROI"),       QStringLiteral("BG"),     QStringLiteral("NBD"),
        QStringLiteral("SKU"),       QStringLiteral("ID"),     QStringLiteral("Ctrl"),
        QStringLiteral("Shift"),     QStringLiteral("Alt"),    QStringLiteral("Del"),
        QStringLiteral("Esc"),       QStringLiteral("Enter"),  QStringLiteral("Tab"),
        QStringLiteral("Home"),      QStringLiteral("Delete"), QStringLiteral("End"),
        QStringLiteral("PgUp"),      QStringLiteral("PgDown"), QStringLiteral("Backspace"),
        QStringLiteral("Return"),    QStringLiteral("Space"),  QStringLiteral("Up"),
        QStringLiteral("Down"),      QStringLiteral("Left"),   QStringLiteral("Right"),
        QStringLiteral("URL"),       QStringLiteral("SQLite"), QStringLiteral("Syncthing"),
        QStringLiteral("Nextcloud"), QStringLiteral("CNY"),    QStringLiteral("USD"),
    };
    return words;
}

// What the fixture shop's own records show (data, not interface).
const QStringList& shopData() {
    static const QStringList data = {
        QStringLiteral("Acme Trading"), QStringLiteral("Green tea"), QStringLiteral("First call"),
        QStringLiteral("(copy)"),       QStringLiteral("GT-1"),      QStringLiteral("SO-1"),
    };
    return data;
}

// A text still in English: a Latin word of two letters or more once names, formats, keys, the
// shop's data and file paths are taken out.
bool looksEnglish(QString text) {
    text.remove(QLatin1Char('&'));
    text.remove(QRegularExpression(QStringLiteral("(/[^\\s]+)+"))); // file paths
    text.remove(QRegularExpression(QStringLiteral("[\\w-]+\\.sqlite")));
    text.remove(QRegularExpression(
        QStringLiteral("\\{[a-z_]+\\}"))); // message placeholders // the database's name
    for (const QString& data : shopData())
        text.remove(data);
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured();
        if (!keptWords().contains(found))
            return true;
    }
    return false;
}

// Every visible text read, and those still in English with where they were seen.
struct Findings {
    int checked = 0;
    QStringList english;

    void check(const QString& where, const QString& text) {
        if (text.isEmpty())
            return;
        ++checked;
        if (looksEnglish(text))
            english << where + QStringLiteral(": ") + text;
    }
};

void readMenu(const QMenu* menu, const QString& where, Findings& findings) {
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        findings.check(where, action->text());
        if (action->menu())
            readMenu(action->menu(), where + QStringLiteral(" > ") + action->text(), findings);
    }
}

void readHeaders(const QAbstractItemView* view, const QString& where, Findings& findings) {
    const QAbstractItemModel* model = view->model();
    if (!model)
        return;
    const auto* table = qobject_cast<const QTableView*>(view);
    for (int c = 0; c < model->columnCount(); ++c)
        if (!table || !table->isColumnHidden(c))
            findings.check(where + QStringLiteral(" column"),
                           model->headerData(c, Qt::Horizontal).toString());
}

void readWidgets(const QWidget* root, const QString& where, Findings& findings) {
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root))
            continue;
        const QString at =
            where + QLatin1Char(' ') + QString::fromLatin1(w->metaObject()->className());
        if (const auto* label = qobject_cast<const QLabel*>(w))
            findings.check(at, label->text());
        else if (const auto* button = qobject_cast<const QAbstractButton*>(w))
            findings.check(at, button->text());
        else if (const auto* group = qobject_cast<const QGroupBox*>(w))
            findings.check(at, group->title());
        else if (const auto* edit = qobject_cast<const QLineEdit*>(w))
            findings.check(at, edit->placeholderText());
        else if (const auto* tabs = qobject_cast<const QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                findings.check(at, tabs->tabText(i));
        } else if (const auto* view = qobject_cast<const QAbstractItemView*>(w))
            readHeaders(view, at, findings);
        findings.check(at + QStringLiteral(" tooltip"), w->toolTip());
    }
}

// Opens a dialog with `open`, reads it once it is in front, and closes it again. Dialogs that
// block (exec) are read from inside their own event loop.
void readDialog(const QString& where, Findings& findings, const std::function<void()>& open) {
    bool read = false;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog || read)
            return;
        QTest::qWait(100); // background reads fill the dialog's lists
        findings.check(where + QStringLiteral(" title"), dialog->windowTitle());
        readWidgets(dialog, where, findings);
        read = true;
        dialog->close();
    });
    poll.start();
    open();
    INFO(where.toStdString());
    CHECK(QTest::qWaitFor([&] { return read; }, 3000));
}

} // namespace

TEST_CASE("in zh_CN every page, the customer page and the menus read in Chinese", "[gui][l10n]") {
    ChineseForOneTest chinese;
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.resize(1440, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    Findings findings;
    for (const QAction* action : window.menuBar()->actions())
        if (action->menu())
            readMenu(action->menu(), action->text(), findings);
    for (Page* page : window.pages()) {
        window.showPage(page);
        QTest::qWait(150); // background reads fill the lists
        findings.check(QStringLiteral("navigation"), page->title());
        readWidgets(&window, page->title(), findings);
    }
    window.openCustomer(shop.wang);
    QTest::qWait(150);
    auto* tabs = window.customerPage()->findChild<QTabWidget*>();
    REQUIRE(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(50);
        readWidgets(&window, QStringLiteral("customer page"), findings);
    }
    // The dialogs of a day's work.
    for (const char* name : {"newCustomer", "messageTemplates", "preferences", "shortcuts",
                             "importHistory", "backups"}) {
        QAction* action = window.action(QLatin1String(name));
        REQUIRE(action);
        readDialog(QLatin1String(name), findings, [action] { action->trigger(); });
    }
    readDialog(QStringLiteral("log visit"), findings,
               [&] { emit window.app().logVisitRequested(shop.wang); });
    readDialog(QStringLiteral("order editor"), findings,
               [&] { emit window.app().newOrderRequested(shop.wang); });
    CHECK(findings.checked > 400); // the screens were really read
    findings.english.removeDuplicates();
    INFO(findings.english.join(QLatin1Char('\n')).toStdString());
    CHECK(findings.english.isEmpty());
}

TEST_CASE("the zh_CN translation file has no unfinished or empty entry", "[gui][l10n]") {
    QFile file(QStringLiteral(CLIENTELE_TEST_TRANSLATIONS_DIR "/clientele_zh_CN.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList unfinished;
    QString source;
    int messages = 0;
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const bool open =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (open || text.trimmed().isEmpty())
                unfinished << source;
        }
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    CHECK(messages > 1000);
    INFO(unfinished.join(QLatin1Char('\n')).toStdString());
    CHECK(unfinished.isEmpty());
}

TEST_CASE("the compiled zh_CN translation names the shop's things as Chinese CRMs do",
          "[gui][l10n]") {
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/clientele_zh_CN.qm")));
    CHECK(translator.translate("clientele::MainWindow", "&File") == QStringLiteral("文件(&F)"));
    CHECK(translator.translate("Holidays", "Spring Festival") == QStringLiteral("春节"));
    CHECK(AppLanguage::available().contains(QStringLiteral("zh_CN")));
}
