#include "demo_words.h"

#include <QFile>

namespace clientele::demo {

namespace {

// Tab-separated lines of a resource file; '#' starts a comment line.
std::vector<QStringList> readTable(const QString& name) {
    std::vector<QStringList> rows;
    QFile file(QStringLiteral(":/clientele/demo/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("demo word list %s is missing from the program", qPrintable(name));
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty() && !text.startsWith(u'#'))
            rows.push_back(text.split(u'\t'));
    }
    return rows;
}

QStringList readList(const QString& name) {
    QStringList out;
    for (const QStringList& row : readTable(name))
        out << row.first();
    return out;
}

Words load() {
    Words w;
    std::vector<double> weights;
    for (const QStringList& row : readTable(QStringLiteral("surnames_zh.txt"))) {
        w.surnames << row[0];
        weights.push_back(row.value(1, QStringLiteral("1")).toDouble());
    }
    w.surnamePicker = WeightedPicker(weights);
    w.givenNames = readList(QStringLiteral("given_zh.txt"));
    w.latinFirst = readList(QStringLiteral("first_latin.txt"));
    w.latinLast = readList(QStringLiteral("last_latin.txt"));
    weights.clear();
    for (const QStringList& row : readTable(QStringLiteral("cities.txt"))) {
        w.cities.push_back({row[0], row.value(1)});
        weights.push_back(row.value(2, QStringLiteral("1")).toDouble());
    }
    w.cityPicker = WeightedPicker(weights);
    w.companyWords = readList(QStringLiteral("company_words.txt"));
    w.companyKinds = readList(QStringLiteral("company_kinds.txt"));
    w.latinCompanies = readList(QStringLiteral("latin_companies.txt"));
    for (const QStringList& row : readTable(QStringLiteral("products.txt"))) {
        w.catalog.push_back({row[0], row[1], row[2], row[3].toLongLong(), row[4].toLongLong(),
                             row[5].toDouble(), row[6].toInt()});
    }
    return w;
}

} // namespace

const Words& Words::get() {
    static const Words words = load();
    return words;
}

namespace values {

const QStringList hobbies = {QStringLiteral("书法"),   QStringLiteral("钓鱼"),
                             QStringLiteral("登山"),   QStringLiteral("摄影"),
                             QStringLiteral("围棋"),   QStringLiteral("高尔夫"),
                             QStringLiteral("太极"),   QStringLiteral("collecting teapots"),
                             QStringLiteral("hiking"), QStringLiteral("cooking"),
                             QStringLiteral("travel"), QStringLiteral("古典音乐"),
                             QStringLiteral("品酒"),   QStringLiteral("跑步")};
const QStringList personalities = {
    QStringLiteral("爽快, 决策快"),       QStringLiteral("谨慎, 喜欢比较"),
    QStringLiteral("注重细节"),           QStringLiteral("健谈, 喜欢聊茶文化"),
    QStringLiteral("careful with money"), QStringLiteral("relationship first"),
    QStringLiteral("prefers short calls")};
const QStringList educations = {QStringLiteral("本科"), QStringLiteral("硕士"),
                                QStringLiteral("大专"), QStringLiteral("MBA"),
                                QStringLiteral("博士"), QStringLiteral("高中")};
const QStringList occupations = {
    QStringLiteral("教师"),         QStringLiteral("医生"),
    QStringLiteral("律师"),         QStringLiteral("工程师"),
    QStringLiteral("企业主"),       QStringLiteral("设计师"),
    QStringLiteral("采购经理"),     QStringLiteral("退休"),
    QStringLiteral("餐厅老板"),     QStringLiteral("software engineer"),
    QStringLiteral("hotel manager")};
const QStringList families = {QStringLiteral("已婚, 一个孩子"), QStringLiteral("已婚, 两个孩子"),
                              QStringLiteral("单身"), QStringLiteral("与父母同住"),
                              QStringLiteral("married, no children")};
const QStringList titles = {QStringLiteral("总经理"),   QStringLiteral("采购主管"),
                            QStringLiteral("行政经理"), QStringLiteral("老板"),
                            QStringLiteral("Director"), QStringLiteral("Office manager"),
                            QStringLiteral("主厨"),     QStringLiteral("财务")};
const QStringList sources = {QStringLiteral("walk-in"),    QStringLiteral("referral"),
                             QStringLiteral("wechat"),     QStringLiteral("dianping"),
                             QStringLiteral("trade fair"), QStringLiteral("website")};
const QStringList salespeople = {QStringLiteral("李娜"),      QStringLiteral("王强"),
                                 QStringLiteral("陈静"),      QStringLiteral("赵磊"),
                                 QStringLiteral("Emily Tan"), QStringLiteral("刘洋")};
const QStringList competitors = {QStringLiteral("天福茗茶"), QStringLiteral("八马茶业"),
                                 QStringLiteral("小罐茶"), QStringLiteral("大益"),
                                 QStringLiteral("TWG Tea")};
const QStringList visitSubjects = {QStringLiteral("新茶品鉴"),
                                   QStringLiteral("中秋礼盒报价"),
                                   QStringLiteral("回访: 上次订单"),
                                   QStringLiteral("企业团购洽谈"),
                                   QStringLiteral("Price check on Longjing"),
                                   QStringLiteral("Follow-up call"),
                                   QStringLiteral("茶具推荐"),
                                   QStringLiteral("售后回访")};
const QStringList visitOutcomes = {QStringLiteral("有兴趣, 下周再联系"),
                                   QStringLiteral("已下单"),
                                   QStringLiteral("觉得价格偏高"),
                                   QStringLiteral("需要和老板商量"),
                                   QStringLiteral("interested, wants samples"),
                                   QStringLiteral("no answer")};
const QStringList ticketSubjects = {QStringLiteral("礼盒包装破损"),
                                    QStringLiteral("发货延迟"),
                                    QStringLiteral("茶叶受潮"),
                                    QStringLiteral("发票抬头错误"),
                                    QStringLiteral("Wrong item delivered"),
                                    QStringLiteral("紫砂壶有裂纹")};
const QStringList ticketCategories = {QStringLiteral("delivery"), QStringLiteral("quality"),
                                      QStringLiteral("billing"), QStringLiteral("packaging")};
const QStringList goals = {QStringLiteral("年底前为员工准备200份节日礼品"),
                           QStringLiteral("开一家自己的茶室"),
                           QStringLiteral("Improve the hotel's afternoon tea menu"),
                           QStringLiteral("控制采购成本在预算内")};
const QStringList needs = {QStringLiteral("需要开增值税专用发票"), QStringLiteral("希望送货上门"),
                           QStringLiteral("Needs English labels for overseas guests"),
                           QStringLiteral("对咖啡因敏感, 需要低咖啡因选择")};
const std::vector<PreferenceChoice> preferences = {
    {QStringLiteral("tea"),
     {QStringLiteral("绿茶"), QStringLiteral("乌龙"), QStringLiteral("红茶"),
      QStringLiteral("普洱"), QStringLiteral("白茶"), QStringLiteral("花茶")}},
    {QStringLiteral("taste"),
     {QStringLiteral("清淡"), QStringLiteral("浓香"), QStringLiteral("回甘"),
      QStringLiteral("smoky")}},
    {QStringLiteral("packaging"),
     {QStringLiteral("简约环保"), QStringLiteral("高档礼盒"), QStringLiteral("no plastic")}},
    {QStringLiteral("contact"),
     {QStringLiteral("上午十点前不要打电话"), QStringLiteral("微信联系"),
      QStringLiteral("email only"), QStringLiteral("周末不打扰")}},
    {QStringLiteral("delivery"),
     {QStringLiteral("送到公司前台"), QStringLiteral("到店自提"), QStringLiteral("顺丰快递")}},
};

} // namespace values

} // namespace clientele::demo
