<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnalysisExport</name>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Save Table</source>
        <translation>保存表格</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>AnalysisReport</name>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message>
        <source>Edit campaign</source>
        <translation>编辑营销活动</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>删除营销活动</translation>
    </message>
    <message>
        <source>Add campaign members</source>
        <translation>添加活动成员</translation>
    </message>
    <message>
        <source>Remove campaign members</source>
        <translation>移除活动成员</translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
    <message>
        <source>Add customer %1</source>
        <translation>添加客户 %1</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>把关人</translation>
    </message>
</context>
<context>
    <name>CustomerSheet</name>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育背景</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>工作经历</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation>不喜欢</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>喜欢</translation>
    </message>
    <message>
        <source>Goal: </source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Need: </source>
        <translation>需求：</translation>
    </message>
    <message>
        <source> (quoted %1 for %2)</source>
        <translation>（%2 报价 %1）</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>Lifetime revenue</source>
        <translation>累计销售额</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Likes and dislikes</source>
        <translation>客户偏好</translation>
    </message>
    <message>
        <source>Goals and needs</source>
        <translation>目标与需求</translation>
    </message>
    <message>
        <source>Recent visits</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完成任务</translation>
    </message>
</context>
<context>
    <name>CustomerTabs</name>
    <message>
        <source>Likes</source>
        <translation>喜欢</translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation>不喜欢</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>This person is not recorded at a company. Set their company ref to see who decides, influences, uses and gatekeeps there.</source>
        <translation>此联系人未关联任何公司。设置其公司编号后，即可查看该公司的决策者、影响者、使用者和把关人。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Job role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>In decisions</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Decides: %1.  Influences: %2.  Uses: %3.  Gatekeeps: %4.</source>
        <translation>决策者：%1。影响者：%2。使用者：%3。把关人：%4。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收款</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>暂无订单。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Last bought</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Nothing bought yet (confirmed, delivered and paid orders count).</source>
        <translation>尚无购买记录（仅统计已确认、已送达和已付款的订单）。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Likes or dislikes</source>
        <translation>喜欢/不喜欢</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No likes or dislikes recorded.</source>
        <translation>尚未记录客户偏好。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>No goals or needs recorded.</source>
        <translation>尚未记录目标或需求。</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Estimated share</source>
        <translation>预估份额</translation>
    </message>
    <message>
        <source>No competitors&apos; products recorded.</source>
        <translation>尚未记录竞争对手的产品。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>暂无任务。</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing spent on this customer yet. Visit and task costs and expenses (Record Expense) show here and count against the customer&apos;s profit.</source>
        <translation>尚无服务此客户的花费。拜访和任务的成本以及费用（记录费用）会显示在这里，并从该客户的利润中扣除。</translation>
    </message>
    <message>
        <source>%1 spent serving this customer in all.</source>
        <translation>服务此客户共花费 %1。</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>This database cannot be opened:
%1

The file was not changed. Open another file?</source>
        <translation>无法打开此数据库：
%1

文件未做任何更改。要打开其他文件吗？</translation>
    </message>
    <message>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
    <message>
        <source>Open a Clientele database</source>
        <translation>打开 Clientele 数据库</translation>
    </message>
    <message>
        <source>Clientele databases (*.sqlite *.db);;All files (*)</source>
        <translation>Clientele 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ExpenseCommands</name>
    <message>
        <source>Record expense</source>
        <translation>记录费用</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Qixi Festival</source>
        <translation>七夕节</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>Double Ninth Festival</source>
        <translation>重阳节</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>圣诞节</translation>
    </message>
    <message>
        <source>Chinese New Year&apos;s Eve</source>
        <translation>除夕</translation>
    </message>
</context>
<context>
    <name>LogMessagesCommand</name>
    <message>
        <source>Log message</source>
        <translation>记录消息</translation>
    </message>
    <message>
        <source>Log %1 messages</source>
        <translation>记录 %1 条消息</translation>
    </message>
</context>
<context>
    <name>LogVisitCommand</name>
    <message>
        <source>Log visit</source>
        <translation>记录拜访</translation>
    </message>
</context>
<context>
    <name>MessageLabels</name>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>Other holidays</source>
        <translation>其他节日</translation>
    </message>
    <message>
        <source>Revisit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>催款提醒</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>their title (Mr, 女士, Director...)</source>
        <translation>客户称谓（先生、女士、总监……）</translation>
    </message>
    <message>
        <source>the product they bought last</source>
        <translation>最近购买的产品</translation>
    </message>
    <message>
        <source>their salesperson</source>
        <translation>负责的销售员</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>the holiday</source>
        <translation>节日名称</translation>
    </message>
    <message>
        <source>what they owe, overdue</source>
        <translation>逾期欠款金额</translation>
    </message>
    <message>
        <source>since when it is due</source>
        <translation>欠款到期日</translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <source>Add order %1</source>
        <translation>添加订单 %1</translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation>编辑订单 %1</translation>
    </message>
</context>
<context>
    <name>OrderLabels</name>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase:</source>
        <translation>密码短语：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>请输入密码短语。</translation>
    </message>
</context>
<context>
    <name>ProductCommands</name>
    <message>
        <source>Add product %1</source>
        <translation>添加产品 %1</translation>
    </message>
    <message>
        <source>Edit product %1</source>
        <translation>编辑产品 %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Clientele, the offline customer relationship manager</source>
        <translation>Clientele：离线客户关系管理软件</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
    <message>
        <source>Page to show first.</source>
        <translation>启动时首先显示的页面。</translation>
    </message>
    <message>
        <source>Start on the Analysis page, on this tab (profiling, persistency, profitability, performance, prospecting, product or promotion).</source>
        <translation>启动时打开“分析”页面的指定标签页（profiling、persistency、profitability、performance、prospecting、product 或 promotion）。</translation>
    </message>
    <message>
        <source>Open the page of the customer with this ref.</source>
        <translation>打开此编号对应的客户页面。</translation>
    </message>
    <message>
        <source>Type TEXT into the quick-find box.</source>
        <translation>在快速查找框中输入 TEXT。</translation>
    </message>
    <message>
        <source>Open the log-visit dialog for the customer shown.</source>
        <translation>为当前显示的客户打开“记录拜访”对话框。</translation>
    </message>
    <message>
        <source>Trigger the menu action NAME once the window is shown.</source>
        <translation>窗口显示后，触发名为 NAME 的菜单操作。</translation>
    </message>
    <message>
        <source>Open the order editor for a new order (for the customer shown, if any).</source>
        <translation>打开订单编辑器新建订单（如有当前显示的客户，则为该客户新建）。</translation>
    </message>
    <message>
        <source>Open the order with this number in the order editor.</source>
        <translation>在订单编辑器中打开此单号的订单。</translation>
    </message>
    <message>
        <source>Open the page of the customer with this phone number, in the Clientele already running if there is one.</source>
        <translation>打开此电话号码对应的客户页面；如果 Clientele 已在运行，则在已运行的窗口中打开。</translation>
    </message>
    <message>
        <source>A tel: link, looked up as with --lookup.</source>
        <translation>tel: 链接，查找方式与 --lookup 相同。</translation>
    </message>
    <message>
        <source>Open the CSV import on FILE and check it (nothing is written until Import is chosen).</source>
        <translation>对 FILE 打开 CSV 导入并进行检查（选择“导入”之前不会写入任何数据）。</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>将窗口截图保存到 FILE，然后退出。</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Replace the database %1 with the backup %2 of %3?

The current file is not deleted: it is kept beside it, named %4.replaced-DATE-TIME.</source>
        <translation>要用 %3 的备份 %2 替换数据库 %1 吗？

当前文件不会被删除，而是保留在同一文件夹中，文件名为 %4.replaced-日期-时间。</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Encrypted Backup</source>
        <translation>加密备份</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type the passphrase it was made with.</source>
        <translation>%1 已加密。请输入创建该备份时使用的密码短语。</translation>
    </message>
    <message>
        <source>The backup was not restored: %1

The database was not changed.</source>
        <translation>未能恢复备份：%1

数据库未做任何更改。</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>被替换的数据库已保留为 %1。</translation>
    </message>
</context>
<context>
    <name>SaveTemplatesCommand</name>
    <message>
        <source>Edit message templates</source>
        <translation>编辑消息模板</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation>不可流失</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Accept conflict</source>
        <translation>接受冲突结果</translation>
    </message>
    <message>
        <source>Restore other value</source>
        <translation>恢复另一个值</translation>
    </message>
    <message>
        <source>Rename device</source>
        <translation>重命名设备</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer note</source>
        <translation>客户备注</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>客户偏好</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Campaign member</source>
        <translation>活动成员</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>整条记录</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Clientele sync packets (*.clpacket);;All files (*)</source>
        <translation>Clientele 同步包 (*.clpacket);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>Mark task done</source>
        <translation>将任务标记为已完成</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
</context>
<context>
    <name>TaskLabels</name>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Revisit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>每 %1 天</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>每 %1 周</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <translation>每 %1 个月</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>every %1 years</source>
        <translation>每 %1 年</translation>
    </message>
</context>
<context>
    <name>TicketCommands</name>
    <message>
        <source>Start ticket</source>
        <translation>开始处理工单</translation>
    </message>
    <message>
        <source>Resolve ticket</source>
        <translation>解决工单</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <source>Reopen ticket</source>
        <translation>重新打开工单</translation>
    </message>
    <message>
        <source>Edit ticket</source>
        <translation>编辑工单</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Delete ticket</source>
        <translation>删除工单</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1（处理中）</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>历法</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>In</source>
        <translation>还有</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>已持续</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>补货点</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>clientele::AddMembersDialog</name>
    <message>
        <source>Add Members</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Add the customers who match:</source>
        <translation>添加符合以下条件的客户：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>RFM segments can be picked once the analyses are ready: they run in the background shortly after start-up.</source>
        <translation>分析完成后即可选择 RFM 细分：分析会在程序启动后不久于后台运行。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 customers match; %2 of them are not members yet.</source>
        <translation>%1 位客户符合条件，其中 %2 位尚未加入。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1 位</translation>
    </message>
</context>
<context>
    <name>clientele::AnalysisPage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The analysis could not be computed: %1</source>
        <translation>无法完成此分析：%1</translation>
    </message>
    <message>
        <source>Chart “%1” as PNG or SVG…</source>
        <translation>图表“%1”（PNG 或 SVG）…</translation>
    </message>
    <message>
        <source>Table “%1” as CSV…</source>
        <translation>表格“%1”（CSV）…</translation>
    </message>
    <message>
        <source>Report of every tab as PDF…</source>
        <translation>所有标签页的报告（PDF）…</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>正在计算%1…</translation>
    </message>
    <message>
        <source>Reading the order history…</source>
        <translation>正在读取订单历史…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Customer analysis</source>
        <translation>客户分析</translation>
    </message>
    <message>
        <source>Orders from %1 to %2, as of %3</source>
        <translation>%1 至 %2 的订单，截至 %3</translation>
    </message>
    <message>
        <source>the first order</source>
        <translation>首笔订单</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
</context>
<context>
    <name>clientele::AnalysisToolbar</name>
    <message>
        <source>Since the first order</source>
        <translation>自首笔订单起</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <source>All salespeople</source>
        <translation>全部销售员</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Save every analysis as a PDF report, one page per P</source>
        <translation>将所有分析保存为一份 PDF 报告，每项分析占一页</translation>
    </message>
</context>
<context>
    <name>clientele::AnalysisView</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>No orders in this period yet.
Add orders or import your sales, or choose a wider period, and this analysis appears here.</source>
        <translation>此期间暂无订单。
添加订单、导入销售数据或选择更长的期间后，此处将显示分析结果。</translation>
    </message>
</context>
<context>
    <name>clientele::BackupRunner</name>
    <message>
        <source>The database could not be opened for the backup.</source>
        <translation>无法打开数据库进行备份。</translation>
    </message>
</context>
<context>
    <name>clientele::BackupsDialog</name>
    <message>
        <source>Verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>Changed since it was verified</source>
        <translation>校验后已更改</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未校验</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Encrypted Copy…</source>
        <translation>加密副本…</translation>
    </message>
    <message>
        <source>Restore Selected…</source>
        <translation>恢复所选…</translation>
    </message>
    <message>
        <source>Restore From File…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Automatic backups go to %1 (change the folder in Preferences; a USB stick or a synced folder is a good place). The open database itself is protected only by the computer&apos;s disk encryption: for the road, make an encrypted copy.</source>
        <translation>自动备份保存在 %1（可在“首选项”中更改文件夹；U 盘或同步文件夹都是不错的选择）。当前打开的数据库本身仅受电脑磁盘加密的保护：如需外出携带，请制作加密副本。</translation>
    </message>
    <message>
        <source>Encrypted Copy</source>
        <translation>加密副本</translation>
    </message>
    <message>
        <source>Encrypted backups (*.encrypted);;All files (*)</source>
        <translation>加密备份 (*.encrypted);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a passphrase. Without it the copy cannot be read by anyone, you included: keep it somewhere safe, apart from the copy.</source>
        <translation>请设置密码短语。没有它，任何人（包括您自己）都无法读取此副本：请妥善保管，并与副本分开存放。</translation>
    </message>
    <message>
        <source>the database could not be read</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>The encrypted copy was written to %1.</source>
        <translation>加密副本已写入 %1。</translation>
    </message>
    <message>
        <source>The encrypted copy failed: %1</source>
        <translation>创建加密副本失败：%1</translation>
    </message>
    <message>
        <source>Restore From File</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.db *.encrypted);;All files (*)</source>
        <translation>备份 (*.sqlite *.db *.encrypted);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>clientele::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n Customer(s)</source>
        <translation>
            <numerusform>编辑 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags to add, separated by ;</source>
        <translation>要添加的标签，以 ; 分隔</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Tags to remove, separated by ;</source>
        <translation>要移除的标签，以 ; 分隔</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Set tier</source>
        <translation>设置客户分级</translation>
    </message>
    <message>
        <source>Set salesperson</source>
        <translation>设置销售员</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n customer(s)</source>
        <translation>
            <numerusform>编辑 %n 个客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::CampaignDialog</name>
    <message>
        <source>Edit Campaign</source>
        <translation>编辑营销活动</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>SMS, WeChat, mail, …</source>
        <translation>短信、微信、邮件…</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>结束日期(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>成本(&amp;O)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Orders this long after the end still count as responses</source>
        <translation>活动结束后这段时间内的订单仍计为响应</translation>
    </message>
    <message>
        <source>&amp;Responses count for</source>
        <translation>响应统计期(&amp;R)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Another campaign has the code “%1”.</source>
        <translation>已有其他营销活动使用代码“%1”。</translation>
    </message>
</context>
<context>
    <name>clientele::CampaignListModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>响应客户</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应率</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <source>Incremental profit</source>
        <translation>增量利润</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
</context>
<context>
    <name>clientele::CampaignMembersModel</name>
    <message>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
</context>
<context>
    <name>clientele::CampaignsPage</name>
    <message>
        <source>New Campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add Members…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Remove Members</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Open Customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Computing results…</source>
        <translation>正在计算结果…</translation>
    </message>
    <message>
        <source>Results up to %1</source>
        <translation>结果截至 %1</translation>
    </message>
    <message>
        <source>Results could not be computed</source>
        <translation>无法计算结果</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Members of %1 (%2)</source>
        <translation>“%1”的成员（%2）</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation>删除营销活动</translation>
    </message>
    <message>
        <source>Delete the campaign “%1” and its %2 members? Its orders stay, without the campaign. You can undo this.</source>
        <translation>要删除营销活动“%1”及其 %2 名成员吗？其订单会保留，但不再关联此活动。此操作可撤销。</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 名成员</translation>
    </message>
    <message>
        <source>Remove %1 from the campaign? You can undo this.</source>
        <translation>要将 %1 移出此营销活动吗？此操作可撤销。</translation>
    </message>
    <message>
        <source>Write to Members…</source>
        <translation>给成员写信…</translation>
    </message>
</context>
<context>
    <name>clientele::ConflictListModel</name>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>the merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>(no longer here) #%1</source>
        <translation>（已不存在）#%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>保留值来自</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>另一值来自</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>No customer has this ref</source>
        <translation>没有客户使用此编号</translation>
    </message>
    <message>
        <source>Another customer already has this ref</source>
        <translation>其他客户已使用此编号</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>编辑客户 %1</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerFilterBar</name>
    <message>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Any part of a name, company, phone, email or ref</source>
        <translation>名称、公司、电话、邮箱或编号的任意部分</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部分级</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>全部细分</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All salespeople</source>
        <translation>全部销售员</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>显示全部客户</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 细分</translation>
    </message>
    <message>
        <source>RFM segments appear once the analyses have run</source>
        <translation>分析运行完成后将显示 RFM 细分</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerForm</name>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Company ref</source>
        <translation>公司编号</translation>
    </message>
    <message>
        <source>The ref of the company this person works for</source>
        <translation>此人所在公司的编号</translation>
    </message>
    <message>
        <source>Job role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>In decisions</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Separate several with ;</source>
        <translation>多个请以 ; 分隔</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Celebrated on the lunar calendar</source>
        <translation>按农历过生日</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育背景</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>工作经历</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerHeader</name>
    <message>
        <source>at %1</source>
        <translation>任职于 %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Salesperson: %1</source>
        <translation>销售员：%1</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>Lifetime revenue</source>
        <translation>累计销售额</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收款</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <source>Expected orders, next year</source>
        <translation>预计未来一年订单数</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>客户终身价值 (CLV)</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerListDialog</name>
    <message numerus="yes">
        <source>%n customer(s). Double-click one to open its page.</source>
        <translation>
            <numerusform>共 %n 位客户。双击可打开客户页面。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Show in Customers List</source>
        <translation>在客户列表中显示</translation>
    </message>
    <message>
        <source>New Campaign with Them…</source>
        <translation>用这些客户新建营销活动…</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message numerus="yes">
        <source>Campaign “%1” made with %Ln customers.</source>
        <translation>
            <numerusform>已创建营销活动“%1”，共 %Ln 位客户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::CustomerListModel</name>
    <message>
        <source>The customers could not be read.</source>
        <translation>无法读取客户数据。</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerPage</name>
    <message>
        <source>Profile</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Products Bought</source>
        <translation>已购产品</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>客户偏好</translation>
    </message>
    <message>
        <source>Goals and Needs</source>
        <translation>目标与需求</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Log Visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <source>New Order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Customer Sheet (PDF)</source>
        <translation>客户资料表（PDF）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Save Customer Sheet</source>
        <translation>保存客户资料表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Customer Sheet</source>
        <translation>客户资料表</translation>
    </message>
    <message>
        <source>Saved the customer sheet to %1</source>
        <translation>客户资料表已保存到 %1</translation>
    </message>
    <message>
        <source>New Ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Cost to Serve</source>
        <translation>服务成本</translation>
    </message>
    <message>
        <source>Record Expense</source>
        <translation>记录费用</translation>
    </message>
    <message>
        <source>Money spent on this customer: a dinner, a gift, samples, travel</source>
        <translation>在此客户身上的花费：宴请、礼品、样品、差旅</translation>
    </message>
</context>
<context>
    <name>clientele::CustomersPage</name>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Log Visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <source>Bulk Edit</source>
        <translation>批量编辑</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge two duplicate customers</source>
        <translation>合并两个重复的客户</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>显示全部</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n customer(s) of “%1”.</source>
        <translation>
            <numerusform>仅显示“%1”的 %n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>客户数：%1</translation>
    </message>
    <message>
        <source>Delete Customers</source>
        <translation>删除客户</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s) with their visits, preferences, notes and tasks? This cannot be undone.</source>
        <translation>
            <numerusform>确定删除这 %n 位客户及其拜访记录、客户偏好、备注和任务吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>未删除任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n customer(s)</source>
        <translation>
            <numerusform>已删除 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>clientele::DeviceListModel</name>
    <message>
        <source>%1 (this device)</source>
        <translation>%1（本设备）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Last heard from</source>
        <translation>最近通讯</translation>
    </message>
    <message>
        <source>Its latest change here</source>
        <translation>在本机的最新更改</translation>
    </message>
    <message>
        <source>Changes waiting for it</source>
        <translation>待发送给它的更改</translation>
    </message>
</context>
<context>
    <name>clientele::DueNotifier</name>
    <message>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
    <message>
        <source>A task is due today</source>
        <translation>今日有 1 项任务到期</translation>
    </message>
    <message>
        <source>%1 tasks are due today</source>
        <translation>今日有 %1 项任务到期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 项</translation>
    </message>
</context>
<context>
    <name>clientele::ExpenseDialog</name>
    <message>
        <source>Record an Expense: %1</source>
        <translation>记录费用：%1</translation>
    </message>
    <message>
        <source>Record an Expense</source>
        <translation>记录费用</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>What it was for</source>
        <translation>花费用途</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>meals</source>
        <translation>宴请</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>差旅</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样品</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>Enter the amount spent.</source>
        <translation>请输入花费的金额。</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <source>Expense of %1 recorded</source>
        <translation>已记录费用 %1</translation>
    </message>
</context>
<context>
    <name>clientele::ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>截止(&amp;T)</translation>
    </message>
    <message>
        <source>E&amp;xcel-friendly (byte-order mark, the delimiter of the computer&apos;s locale)</source>
        <translation>兼容 Excel(&amp;X)（带字节顺序标记，使用本机区域设置的分隔符）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Exporting… %1 rows written</source>
        <translation>正在导出… 已写入 %1 行</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>clientele::GreetDialog</name>
    <message>
        <source>Greet for %1</source>
        <translation>%1问候</translation>
    </message>
    <message>
        <source>Reading the customers…</source>
        <translation>正在读取客户…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Bought in the last year</source>
        <translation>近一年消费</translation>
    </message>
    <message>
        <source>No active customer bought anything in the last year.</source>
        <translation>近一年没有活跃客户购买过商品。</translation>
    </message>
    <message>
        <source>Active customers who bought in the last 365 days, biggest spenders first (confirmed, delivered and paid orders; at most 50): %1.</source>
        <translation>近 365 天内有购买的活跃客户，按消费金额从高到低排列（统计已确认、已送达和已付款的订单，最多 50 位）：%1 位。</translation>
    </message>
    <message>
        <source>&amp;Write to Selected…</source>
        <translation>给所选客户写信(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>clientele::ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Refuse the file</source>
        <translation>拒绝导入该文件</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <source>Update the record</source>
        <translation>更新该记录</translation>
    </message>
    <message>
        <source>When a record &amp;exists:</source>
        <translation>记录已存在时(&amp;E)：</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 (Chinese Windows)</source>
        <translation>GB18030（中文 Windows）</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>编码(&amp;N)：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; or a pattern such as %d/%m/%Y</source>
        <translation>YYYY-MM-DD；或使用 %d/%m/%Y 等格式</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Choose a file, then check it: nothing is written until you import.</source>
        <translation>请选择文件，然后进行检查：在正式导入之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Check the file first</source>
        <translation>请先检查文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>请选择要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>The database cannot be opened for the import: %1</source>
        <translation>无法打开数据库进行导入：%1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 new %2</source>
        <translation>新增 %1 个 %2</translation>
    </message>
    <message>
        <source>%1 rows checked, no problem found: %2 would be created, %3 updated, %4 skipped.</source>
        <translation>已检查 %1 行，未发现问题：将新建 %2 条，更新 %3 条，跳过 %4 条。</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 created, %3 updated, %4 skipped.</source>
        <translation>已导入 %1 行：新建 %2 条，更新 %3 条，跳过 %4 条。</translation>
    </message>
    <message>
        <source>Also: %1.</source>
        <translation>另外：%1。</translation>
    </message>
    <message>
        <source>Import History can undo it (batch %1).</source>
        <translation>可在导入历史中撤销（批次 %1）。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>Problems found: %1. Nothing was written; fix the file and check it again.</source>
        <translation>发现问题：%1。未写入任何数据；请修正文件后重新检查。</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何数据：%1</translation>
    </message>
    <message>
        <source>%1 new customers</source>
        <translation>新增 %1 位客户</translation>
    </message>
    <message>
        <source>%1 new products</source>
        <translation>新增 %1 个产品</translation>
    </message>
    <message>
        <source>%1 new orders</source>
        <translation>新增 %1 个订单</translation>
    </message>
</context>
<context>
    <name>clientele::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Undo import batch %1 (%2 from %3, %4 rows)?

The records it created are deleted and those it updated get their earlier values back. It is refused, with nothing changed, when records it wrote were edited since.</source>
        <translation>要撤销导入批次 %1（%2，来自 %3，共 %4 行）吗？

该批次新建的记录将被删除，更新过的记录将恢复原值。如果该批次写入的记录之后被编辑过，将拒绝撤销，不做任何更改。</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Import batch %1 was not undone.

%2</source>
        <translation>导入批次 %1 未撤销。

%2</translation>
    </message>
</context>
<context>
    <name>clientele::LogVisitDialog</name>
    <message>
        <source>Log a Visit or Call: %1</source>
        <translation>记录拜访或电话：%1</translation>
    </message>
    <message>
        <source>Log a Visit or Call</source>
        <translation>记录拜访或电话</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>结果如何</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Quoted product</source>
        <translation>报价产品</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>at</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>What to do then</source>
        <translation>届时要做的事</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Last quoted: %1 on %2</source>
        <translation>上次报价：%1（%2）</translation>
    </message>
    <message>
        <source>Never quoted before</source>
        <translation>从未报价</translation>
    </message>
    <message>
        <source>Last paid: %1 on order %2 (%3)</source>
        <translation>上次成交价：%1（订单 %2，%3）</translation>
    </message>
    <message>
        <source>Never bought</source>
        <translation>从未购买</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>价格：%1</translation>
    </message>
    <message>
        <source>Choose the product the price was quoted for.</source>
        <translation>请选择所报价格对应的产品。</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>跟进：%1</translation>
    </message>
    <message>
        <source>Visit logged; follow-up task due %1</source>
        <translation>拜访已记录；跟进任务到期日为 %1</translation>
    </message>
    <message>
        <source>Visit logged</source>
        <translation>拜访已记录</translation>
    </message>
    <message>
        <source>Travel, gifts, samples: counted in the cost of serving this customer</source>
        <translation>差旅、礼品、样品：计入服务此客户的成本</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>成本：%1</translation>
    </message>
</context>
<context>
    <name>clientele::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Backups and &amp;Restore…</source>
        <translation>备份与恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>导入历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Find Customer…</source>
        <translation>查找客户(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Log Visit or Call…</source>
        <translation>记录拜访或电话(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Print Customer Sheet…</source>
        <translation>打印客户资料表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export Customer&apos;s Data…</source>
        <translation>导出客户数据(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;rase Customer&apos;s Personal Data…</source>
        <translation>清除客户个人数据(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation>关于 Clientele(&amp;A)</translation>
    </message>
    <message>
        <source>About Clientele</source>
        <translation>关于 Clientele</translation>
    </message>
    <message>
        <source>Clientele %1
The offline customer relationship manager.</source>
        <translation>Clientele %1
离线客户关系管理软件。</translation>
    </message>
    <message>
        <source>Open a Clientele Database</source>
        <translation>打开 Clientele 数据库</translation>
    </message>
    <message>
        <source>Clientele databases (*.sqlite *.db);;All files (*)</source>
        <translation>Clientele 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a customer first</source>
        <translation>请先打开一位客户</translation>
    </message>
    <message>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
    <message>
        <source>Quick Find</source>
        <translation>快速查找</translation>
    </message>
    <message>
        <source>Select a customer first</source>
        <translation>请先选择一位客户</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>无法撤销或重做“%1”：%2</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>%1 customers have the number %2</source>
        <translation>有 %1 位客户使用号码 %2</translation>
    </message>
    <message>
        <source>Read-only: %1 You can look and search, but nothing you change can be saved.</source>
        <translation>只读：%1 您可以查看和搜索，但所做的任何更改都无法保存。</translation>
    </message>
    <message>
        <source>The database file is damaged:
%1</source>
        <translation>数据库文件已损坏：
%1</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>There is no verified backup to go back to. Copy the file somewhere safe before working on, and run “clientele-cli check” on the copy.</source>
        <translation>没有可供恢复的已验证备份。请先将该文件复制到安全位置再继续操作，并对副本运行“clientele-cli check”。</translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Restore it now? The damaged file is kept.</source>
        <translation>最新的可用备份创建于 %1。要立即恢复吗？损坏的文件将会保留。</translation>
    </message>
    <message>
        <source>Export Customer&apos;s Data</source>
        <translation>导出客户数据</translation>
    </message>
    <message>
        <source>Open or select a customer first.</source>
        <translation>请先打开或选择一位客户。</translation>
    </message>
    <message>
        <source>Folder for everything held about %1</source>
        <translation>选择用于保存 %1 全部数据的文件夹</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Everything held about %1 was written to %2 (%n file(s)).</source>
        <translation>
            <numerusform>%1 的全部数据已写入 %2（共 %n 个文件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase Customer&apos;s Personal Data</source>
        <translation>清除客户个人数据</translation>
    </message>
    <message>
        <source>Erase everything held about %1 (%2)?

%3

This cannot be undone. Backups made before keep their copy until they are rotated away.</source>
        <translation>要清除 %1（%2）的全部数据吗？

%3

此操作无法撤销。此前创建的备份中仍保留副本，直到这些备份被轮换删除。</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>未清除任何数据：%1</translation>
    </message>
    <message>
        <source>%1&apos;s personal data was erased.</source>
        <translation>%1 的个人数据已清除。</translation>
    </message>
    <message>
        <source>Message &amp;Templates…</source>
        <translation>消息模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Write Message…</source>
        <translation>写消息(&amp;W)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
</context>
<context>
    <name>clientele::MergeDialog</name>
    <message>
        <source>Merge Duplicate Customers</source>
        <translation>合并重复客户</translation>
    </message>
    <message>
        <source>Choose the record to keep. The other one&apos;s orders, visits, preferences, tasks and tickets move to it, its empty fields are filled in, and the other record is deleted.</source>
        <translation>请选择要保留的记录。另一条记录的订单、拜访、客户偏好、任务和工单将转移到该记录，其空白字段会被补全，另一条记录随后将被删除。</translation>
    </message>
    <message>
        <source>A merge cannot be undone.</source>
        <translation>合并操作无法撤销。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message numerus="yes">
        <source>Keep %1: %n order(s)</source>
        <translation>
            <numerusform>保留 %1：%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n visit(s)</source>
        <translation>
            <numerusform>，%n 次拜访</numerusform>
        </translation>
    </message>
    <message>
        <source>, created %1</source>
        <translation>，创建于 %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n order(s) moved</source>
        <translation>
            <numerusform>已合并：转移 %n 个订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::OrderEditor</name>
    <message>
        <source>New Order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收款</translation>
    </message>
    <message>
        <source>Save the order (Ctrl+Return)</source>
        <translation>保存订单（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Another order has this number</source>
        <translation>已有其他订单使用此订单号</translation>
    </message>
    <message>
        <source>Order %1 saved</source>
        <translation>订单 %1 已保存</translation>
    </message>
    <message>
        <source>Order %1 added</source>
        <translation>订单 %1 已添加</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Discard the changes to this order?</source>
        <translation>放弃对此订单的更改吗？</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>删除明细</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>删除所选明细行（Delete）</translation>
    </message>
    <message>
        <source>Open Order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
    <message>
        <source>%1 %2 (%3 on hand, %4 after this order)</source>
        <translation>%1 %2（现有库存 %3，此订单后 %4）</translation>
    </message>
    <message>
        <source>Not enough in stock: %1. The order can still be saved.</source>
        <translation>库存不足：%1。订单仍可保存。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>clientele::OrderFilterBar</name>
    <message>
        <source>Order number or customer</source>
        <translation>订单号或客户</translation>
    </message>
    <message>
        <source>The start of an order number, or a customer&apos;s name, ref or phone</source>
        <translation>订单号开头，或客户名称、编号、电话</translation>
    </message>
    <message>
        <source>From any date</source>
        <translation>不限开始日期</translation>
    </message>
    <message>
        <source>To any date</source>
        <translation>不限结束日期</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>全部门店</translation>
    </message>
    <message>
        <source>All salespeople</source>
        <translation>全部销售员</translation>
    </message>
    <message>
        <source>Unpaid only</source>
        <translation>仅未付款</translation>
    </message>
    <message>
        <source>Sales whose payments fall short of their total</source>
        <translation>回款不足订单合计的销售</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show all orders</source>
        <translation>显示全部订单</translation>
    </message>
</context>
<context>
    <name>clientele::OrderHeaderForm</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无到期日</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
</context>
<context>
    <name>clientele::OrderLinesModel</name>
    <message>
        <source>line %1: %2: %3</source>
        <translation>第 %1 行：%2：%3</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>This order takes more than is on hand</source>
        <translation>此订单的数量超过现有库存</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
</context>
<context>
    <name>clientele::OrderListModel</name>
    <message>
        <source>The orders could not be read.</source>
        <translation>无法读取订单数据。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
</context>
<context>
    <name>clientele::OrdersPage</name>
    <message>
        <source>New Order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>New order (Ctrl+N)</source>
        <translation>新建订单（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the order in the editor (Enter)</source>
        <translation>在编辑器中打开订单（Enter）</translation>
    </message>
    <message>
        <source>Orders: %1</source>
        <translation>订单数：%1</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
</context>
<context>
    <name>clientele::PerformanceView</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Month over month</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>By</source>
        <translation>按</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Months show</source>
        <translation>月度图显示</translation>
    </message>
    <message>
        <source>Profit against the previous period</source>
        <translation>利润与上期对比</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Previous revenue</source>
        <translation>上期销售额</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化率</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Performance by value</source>
        <translation>按项目统计的业绩</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Profit by month</source>
        <translation>月度利润</translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation>月度销售额</translation>
    </message>
    <message>
        <source>Profit (%1)</source>
        <translation>利润（%1）</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>销售额（%1）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1, %2: profit %3</source>
        <translation>%1，%2：利润 %3</translation>
    </message>
    <message>
        <source>%1, %2: revenue %3</source>
        <translation>%1，%2：销售额 %3</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>%1: profit %2, previous period %3</source>
        <translation>%1：利润 %2，上期 %3</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>业绩</translation>
    </message>
</context>
<context>
    <name>clientele::PersistencyView</name>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Monthly cohorts</source>
        <translation>月度同期群</translation>
    </message>
    <message>
        <source>Customers by status</source>
        <translation>各状态客户数</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>通常间隔（天）</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <source>At-risk customers</source>
        <translation>有流失风险的客户</translation>
    </message>
    <message>
        <source>&lt;b&gt;Monthly cohorts&lt;/b&gt;: share (%) of each month&apos;s new customers who ordered k months later</source>
        <translation>&lt;b&gt;月度同期群&lt;/b&gt;：各月新客户在 k 个月后下单的比例（%）</translation>
    </message>
    <message>
        <source>Cohort %1, month %2</source>
        <translation>同期群 %1，第 %2 个月</translation>
    </message>
    <message>
        <source>Repeat rate &lt;b&gt;%1&lt;/b&gt;: of %2 customers who ordered in the period, %1 ordered more than once. Active %3 · at risk %4 · lapsed %5.</source>
        <translation>复购率 &lt;b&gt;%1&lt;/b&gt;：期间内下单的 %2 位客户中，%1 下单超过一次。活跃 %3 · 有流失风险 %4 · 已流失 %5。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Cohort %1 (%n customer(s)): %2 ordered in month %3</source>
        <translation>
            <numerusform>同期群 %1（%n 位客户）：%2 在第 %3 个月下单</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s)</source>
        <translation>
            <numerusform>%1：%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;At-risk customers&lt;/b&gt;: %1, the %2 with most orders shown (double-click to open)</source>
        <translation>&lt;b&gt;有流失风险的客户&lt;/b&gt;：%1 位，显示订单最多的 %2 位（双击打开）</translation>
    </message>
    <message>
        <source>&lt;b&gt;At-risk customers&lt;/b&gt;: %1 (double-click to open)</source>
        <translation>&lt;b&gt;有流失风险的客户&lt;/b&gt;：%1 位（双击打开）</translation>
    </message>
    <message>
        <source>Persistency</source>
        <translation>客户持续性</translation>
    </message>
</context>
<context>
    <name>clientele::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Open on</source>
        <translation>启动时打开</translation>
    </message>
    <message>
        <source>Back up automatically once a day when the app opens</source>
        <translation>每天首次打开程序时自动备份</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>A folder the other devices of this shop share (a USB stick, a network share, a Syncthing or Nextcloud folder): the app exchanges its changes with them there</source>
        <translation>本店其他设备共用的文件夹（U 盘、网络共享、Syncthing 或 Nextcloud 文件夹）：程序在这里与它们交换更改</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <source>Sync Folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <source>The sync folder %1 is not there (is the drive or share connected?).</source>
        <translation>同步文件夹 %1 不存在（磁盘或共享是否已连接？）。</translation>
    </message>
</context>
<context>
    <name>clientele::ProductDialog</name>
    <message>
        <source>New Product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Offered for new orders</source>
        <translation>可用于新订单</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>补货点</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>%1 a unit (%2)</source>
        <translation>每件 %1（%2）</translation>
    </message>
    <message>
        <source>Another product has this SKU</source>
        <translation>已有其他产品使用此货号</translation>
    </message>
    <message>
        <source>What is on the shelf: orders take from it and give back to it. Typing another figure records a stock count.</source>
        <translation>货架上的实际数量：订单会从中扣减，也会退回。输入其他数字即记录一次盘点。</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
</context>
<context>
    <name>clientele::ProductListModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>补货点</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
</context>
<context>
    <name>clientele::ProductSearch</name>
    <message>
        <source>Add a product: type its sku or name, then Enter</source>
        <translation>添加产品：输入货号或名称后按回车键</translation>
    </message>
</context>
<context>
    <name>clientele::ProductView</name>
    <message>
        <source>Best products by profit</source>
        <translation>利润最高的产品</translation>
    </message>
    <message>
        <source>Revenue by category</source>
        <translation>各类别销售额</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>购买产品</translation>
    </message>
    <message>
        <source>Also bought</source>
        <translation>同时购买</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持度</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Bought together</source>
        <translation>关联购买</translation>
    </message>
    <message>
        <source>Customer ref, e.g. C000123</source>
        <translation>客户编号，如 C000123</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Because they bought</source>
        <translation>推荐依据（已购产品）</translation>
    </message>
    <message>
        <source>Cross-sell suggestions</source>
        <translation>交叉销售推荐</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cross-sell&lt;/b&gt; for</source>
        <translation>&lt;b&gt;交叉销售&lt;/b&gt;对象</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bought together&lt;/b&gt;: the strongest pairs by lift</source>
        <translation>&lt;b&gt;关联购买&lt;/b&gt;：提升度最高的产品组合</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) sold: %1 in tier A (80% of the profit), %2 in B, %3 in C. %4 orders looked at for what sells together.</source>
        <translation>
            <numerusform>共售出 %n 种产品：等级 A %1 种（贡献 80% 的利润），等级 B %2 种，等级 C %3 种。关联购买分析共考察了 %4 个订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1
Profit %2 on revenue %3
%4 sold in %5 orders to %6 customers</source>
        <translation>%1
利润 %2，销售额 %3
售出 %4 件，共 %5 个订单，%6 位客户</translation>
    </message>
    <message>
        <source>Profit (%1)</source>
        <translation>利润（%1）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: revenue %2 (%3)</source>
        <translation>%1：销售额 %2（%3）</translation>
    </message>
    <message>
        <source>No customer has the ref %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
</context>
<context>
    <name>clientele::ProductsPage</name>
    <message>
        <source>New Product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>New product (Ctrl+N)</source>
        <translation>新建产品（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Search products: any part of the SKU or name</source>
        <translation>搜索产品：输入货号或名称的任意部分</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>产品：%1</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
</context>
<context>
    <name>clientele::ProfileTab</name>
    <message>
        <source> (lunar calendar)</source>
        <translation>（农历）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育背景</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>工作经历</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>clientele::ProfilingView</name>
    <message>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>不能失去的客户</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Customers per RFM segment</source>
        <translation>各 RFM 细分的客户数</translation>
    </message>
    <message>
        <source>Customers by age</source>
        <translation>客户年龄分布</translation>
    </message>
    <message>
        <source>Customers by source</source>
        <translation>客户来源分布</translation>
    </message>
    <message>
        <source>Recency × frequency</source>
        <translation>最近购买 × 购买频次</translation>
    </message>
    <message>
        <source>High predicted CLV</source>
        <translation>预测 CLV 高</translation>
    </message>
    <message>
        <source>Low predicted CLV</source>
        <translation>预测 CLV 低</translation>
    </message>
    <message>
        <source>Value matrix</source>
        <translation>价值矩阵</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 客户细分</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recency × frequency&lt;/b&gt; (customers; 5 is the best score)</source>
        <translation>&lt;b&gt;最近购买 × 购买频次&lt;/b&gt;（客户数；5 分为最佳）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Value matrix&lt;/b&gt;: profit so far against predicted lifetime value (split at the medians)</source>
        <translation>&lt;b&gt;价值矩阵&lt;/b&gt;：已产生利润与预测终身价值对比（以中位数划分）</translation>
    </message>
    <message>
        <source>Recency %1, frequency %2</source>
        <translation>最近购买 %1 分，购买频次 %2 分</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s), revenue %2</source>
        <translation>
            <numerusform>%1：%n 位客户，销售额 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>F %1</source>
        <translation>F %1</translation>
    </message>
    <message>
        <source>R %1</source>
        <translation>R %1</translation>
    </message>
    <message numerus="yes">
        <source>Recency %1, frequency %2: %n customer(s)</source>
        <translation>
            <numerusform>最近购买 %1 分，购买频次 %2 分：%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>%1 岁以下</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s)</source>
        <translation>
            <numerusform>%1：%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>High profit so far</source>
        <translation>已产生利润高</translation>
    </message>
    <message>
        <source>Low profit so far</source>
        <translation>已产生利润低</translation>
    </message>
    <message>
        <source>keep them close</source>
        <translation>重点维系</translation>
    </message>
    <message>
        <source>past their best?</source>
        <translation>已过巅峰？</translation>
    </message>
    <message>
        <source>grow them</source>
        <translation>重点培养</translation>
    </message>
    <message>
        <source>serve efficiently</source>
        <translation>高效服务</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Not enough repeat buyers to predict lifetime value.</source>
        <translation>复购客户不足，无法预测终身价值。</translation>
    </message>
    <message>
        <source>Median profit so far %1, median predicted CLV %2</source>
        <translation>已产生利润中位数 %1，预测 CLV 中位数 %2</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>年龄未知</translation>
    </message>
</context>
<context>
    <name>clientele::ProfitabilityView</name>
    <message>
        <source>Profit by customer, best first</source>
        <translation>各客户利润（从高到低）</translation>
    </message>
    <message>
        <source>Customers by A/B/C tier</source>
        <translation>各等级客户数（A/B/C）</translation>
    </message>
    <message>
        <source>Revenue and profit by month</source>
        <translation>每月销售额与利润</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Loss-making customers</source>
        <translation>亏损客户</translation>
    </message>
    <message numerus="yes">
        <source>Total profit %1 from %n customer(s): no Pareto curve without a positive total profit.</source>
        <translation>
            <numerusform>%n 位客户的总利润为 %1：总利润不为正，无法绘制帕累托曲线。</numerusform>
        </translation>
    </message>
    <message>
        <source>The top 20% of customers bring &lt;b&gt;%1&lt;/b&gt; of the profit; %2 of %3 customers (%4) make 80% of it. Total profit %5 on revenue %6.</source>
        <translation>前 20% 的客户贡献了 &lt;b&gt;%1&lt;/b&gt; 的利润；%3 位客户中有 %2 位（%4）贡献了 80% 的利润。总利润 %5，销售额 %6。</translation>
    </message>
    <message>
        <source>Share of customers, best first (%)</source>
        <translation>客户占比，从高到低（%）</translation>
    </message>
    <message>
        <source>Cumulative share of profit (%)</source>
        <translation>累计利润占比（%）</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>80% of profit</source>
        <translation>80% 利润</translation>
    </message>
    <message>
        <source>Customers %1–%2 by profit</source>
        <translation>利润排名第 %1–%2 位的客户</translation>
    </message>
    <message>
        <source>Tier %1 customers</source>
        <translation>等级 %1 客户</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1: %n customer(s), profit %2</source>
        <translation>
            <numerusform>等级 %1：%n 位客户，利润 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>A: first 80% of profit · B: next 15% · C: the rest</source>
        <translation>A：贡献前 80% 的利润 · B：其后 15% · C：其余</translation>
    </message>
    <message>
        <source>Revenue a year earlier</source>
        <translation>去年同期销售额</translation>
    </message>
    <message>
        <source>%1
Revenue %2 (YoY %3, MoM %4)
Profit %5</source>
        <translation>%1
销售额 %2（同比 %3，环比 %4）
利润 %5</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loss-making customers&lt;/b&gt;: %1, the %2 largest losses shown</source>
        <translation>&lt;b&gt;亏损客户&lt;/b&gt;：%1 位，显示亏损最大的 %2 位</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loss-making customers&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;亏损客户&lt;/b&gt;：%1 位</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>盈利能力</translation>
    </message>
    <message>
        <source>Net profit, after the cost to serve</source>
        <translation>净利润（扣除服务成本后）</translation>
    </message>
    <message>
        <source>Net profit is profit less what serving the customer cost in the period: visit and task costs and expenses</source>
        <translation>净利润为利润减去期间内服务该客户的花费：拜访和任务的成本以及费用</translation>
    </message>
    <message>
        <source>Rank customers by</source>
        <translation>客户排序依据</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>服务成本</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>净利润</translation>
    </message>
    <message>
        <source>Net profit by customer, best first</source>
        <translation>各客户净利润（从高到低）</translation>
    </message>
    <message numerus="yes">
        <source>Total net profit %1 from %n customer(s), after %2 spent serving them: no Pareto curve without a positive total.</source>
        <translation>
            <numerusform>%n 位客户的总净利润为 %1（已扣除服务花费 %2）：总额不为正，无法绘制帕累托曲线。</numerusform>
        </translation>
    </message>
    <message>
        <source>The top 20% of customers bring &lt;b&gt;%1&lt;/b&gt; of the net profit; %2 of %3 customers (%4) make 80% of it. Net profit %5: profit %6 less %7 spent serving them.</source>
        <translation>前 20% 的客户贡献了 &lt;b&gt;%1&lt;/b&gt; 的净利润；%3 位客户中有 %2 位（%4）贡献了 80% 的净利润。净利润 %5：利润 %6 减去服务花费 %7。</translation>
    </message>
    <message>
        <source>Customers %1–%2 of %3
%4 %5
Cumulative share %6</source>
        <translation>第 %1–%2 位客户（共 %3 位）
%4 %5
累计占比 %6</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cumulative share of net profit (%)</source>
        <translation>累计净利润占比（%）</translation>
    </message>
    <message>
        <source>80% of net profit</source>
        <translation>80% 净利润</translation>
    </message>
    <message>
        <source>Customers %1–%2 by net profit</source>
        <translation>净利润排名第 %1–%2 位的客户</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1: %n customer(s), net profit %2</source>
        <translation>
            <numerusform>等级 %1：%n 位客户，净利润 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A: first 80% of net profit · B: next 15% · C: the rest</source>
        <translation>A：贡献前 80% 的净利润 · B：其后 15% · C：其余</translation>
    </message>
</context>
<context>
    <name>clientele::PromotionView</name>
    <message>
        <source>Response against the control group</source>
        <translation>响应率与对照组对比</translation>
    </message>
    <message>
        <source>Profit added by each campaign</source>
        <translation>各营销活动的增量利润</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>响应客户</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应率</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Incremental profit</source>
        <translation>增量利润</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>&lt;b&gt;Campaigns&lt;/b&gt; (click one to list its responders)</source>
        <translation>&lt;b&gt;营销活动&lt;/b&gt;（点击某个活动可列出其响应客户）</translation>
    </message>
    <message>
        <source>Responders to %1</source>
        <translation>%1 的响应客户</translation>
    </message>
    <message>
        <source>No campaign ran in this period.
Campaigns appear here with their response against a control group and the profit they added.</source>
        <translation>此期间没有开展营销活动。
营销活动会显示在这里，包括其相对对照组的响应情况和带来的增量利润。</translation>
    </message>
    <message>
        <source>Members who bought (%)</source>
        <translation>成员购买率（%）</translation>
    </message>
    <message>
        <source>Control group who bought (%)</source>
        <translation>对照组购买率（%）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 members bought (%4); control %5; lift %6</source>
        <translation>%1：%3 位成员中有 %2 位购买（%4）；对照组 %5；提升度 %6</translation>
    </message>
    <message>
        <source>Bought in the response period (%)</source>
        <translation>响应期内购买比例（%）</translation>
    </message>
    <message>
        <source>%1: incremental profit %2, cost %3, ROI %4</source>
        <translation>%1：增量利润 %2，成本 %3，投资回报率 %4</translation>
    </message>
    <message>
        <source>Profit (%1)</source>
        <translation>利润（%1）</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
</context>
<context>
    <name>clientele::ProspectingView</name>
    <message>
        <source>New customers and leads per month</source>
        <translation>每月新客户与线索</translation>
    </message>
    <message>
        <source>Leads who bought, by source</source>
        <translation>各来源线索成交情况</translation>
    </message>
    <message>
        <source>Revenue forecast</source>
        <translation>销售额预测</translation>
    </message>
    <message>
        <source>How likely customers are still active (P(alive))</source>
        <translation>客户仍活跃的可能性（存活概率）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>成交数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>成交率</translation>
    </message>
    <message>
        <source>Leads by source</source>
        <translation>各来源线索</translation>
    </message>
    <message numerus="yes">
        <source>Purchase model fitted on %n customer(s).</source>
        <translation>
            <numerusform>购买模型基于 %n 位客户拟合。</numerusform>
        </translation>
    </message>
    <message>
        <source>No purchase model: %1</source>
        <translation>无购买模型：%1</translation>
    </message>
    <message>
        <source>Forecast by %1; back-test error %2.</source>
        <translation>预测方法：%1；回测误差 %2。</translation>
    </message>
    <message>
        <source>Holt-Winters with a yearly season</source>
        <translation>含年度季节性的 Holt-Winters 模型</translation>
    </message>
    <message>
        <source>Holt&apos;s linear trend</source>
        <translation>Holt 线性趋势模型</translation>
    </message>
    <message>
        <source>No forecast: %1</source>
        <translation>无预测：%1</translation>
    </message>
    <message>
        <source>New customers (first order)</source>
        <translation>新客户（首次下单）</translation>
    </message>
    <message>
        <source>Leads added</source>
        <translation>新增线索</translation>
    </message>
    <message>
        <source>%1: %2 new customers, %3 leads</source>
        <translation>%1：新客户 %2 位，线索 %3 条</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Bought (%)</source>
        <translation>成交率（%）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 leads bought (%4)</source>
        <translation>%1：%3 条线索中有 %2 条成交（%4）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>%1: revenue %2</source>
        <translation>%1：销售额 %2</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>%1: forecast %2 (80% between %3 and %4)</source>
        <translation>%1：预测 %2（80% 区间为 %3 至 %4）</translation>
    </message>
    <message>
        <source>80% interval</source>
        <translation>80% 区间</translation>
    </message>
    <message numerus="yes">
        <source>P(alive) %1–%2%: %n customer(s)</source>
        <translation>
            <numerusform>存活概率 %1–%2%：%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>P(alive) %1–%2%</source>
        <translation>存活概率 %1–%2%</translation>
    </message>
    <message>
        <source>P(alive), from (%)</source>
        <translation>存活概率下限（%）</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>潜客开发</translation>
    </message>
</context>
<context>
    <name>clientele::QuickFind</name>
    <message>
        <source>Find a customer: name, phone, email, company or ref (Ctrl+K)</source>
        <translation>查找客户：姓名、电话、邮箱、公司或编号（Ctrl+K）</translation>
    </message>
    <message>
        <source>Find the customer: name, phone, email, company or ref</source>
        <translation>查找客户：姓名、电话、邮箱、公司或编号</translation>
    </message>
</context>
<context>
    <name>clientele::QuickFindModel</name>
    <message>
        <source>No customer has this number: add a new customer with %1</source>
        <translation>没有客户使用此号码：用 %1 新建客户</translation>
    </message>
</context>
<context>
    <name>clientele::ResolveDialog</name>
    <message>
        <source>Resolve Ticket</source>
        <translation>解决工单</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>处理结果(&amp;R)</translation>
    </message>
    <message>
        <source>Ra&amp;ting</source>
        <translation>评分(&amp;T)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Say how it was resolved.</source>
        <translation>请说明处理结果。</translation>
    </message>
</context>
<context>
    <name>clientele::RevisitRulesDialog</name>
    <message>
        <source>Revisit Rules</source>
        <translation>回访规则</translation>
    </message>
    <message>
        <source>Visit or call the customers of a tier at least this often. Those whose last visit, call or meeting is older are listed under Revisits due on the Today page. 0 means no rule.</source>
        <translation>按客户等级设定拜访或致电的最长间隔。最近一次拜访、电话或会面早于此间隔的客户，会列在今日页面的“待回访”中。0 表示不设规则。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>不设规则</translation>
    </message>
    <message>
        <source>No customer has a tier yet: set tiers on the customers (or with Bulk Edit) first.</source>
        <translation>还没有客户设置等级：请先在客户资料中（或用批量编辑）设置等级。</translation>
    </message>
</context>
<context>
    <name>clientele::RevisitsSection</name>
    <message>
        <source>Revisits due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>No revisits due. Rules… sets how often each tier is visited.</source>
        <translation>暂无待回访客户。可通过“规则…”设定各等级的回访间隔。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Plan Revisit</source>
        <translation>安排回访</translation>
    </message>
    <message>
        <source>Add a revisit task due today for the chosen customer</source>
        <translation>为所选客户添加一项今天到期的回访任务</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <source>never (added %1)</source>
        <translation>从未联系（%1 添加）</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Revisit %1</source>
        <translation>回访 %1</translation>
    </message>
    <message>
        <source>Revisit of %1 planned for today. Undo with Ctrl+Z.</source>
        <translation>已安排今天回访 %1。按 Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>clientele::SendMessagesDialog</name>
    <message>
        <source>opened in mail</source>
        <translation>已在邮件程序中打开</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>No mail program took the message. Copy the text instead.</source>
        <translation>没有邮件程序接收此消息。请改为复制文本。</translation>
    </message>
    <message>
        <source>All %1 messages are on the clipboard.</source>
        <translation>全部 %1 条消息已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Opened in the mail program</source>
        <translation>已在邮件程序中打开</translation>
    </message>
    <message>
        <source>Copied for a messaging app</source>
        <translation>已复制，可粘贴到聊天软件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of %2 sent or copied</source>
        <translation>已发送或复制 %1 / %2</translation>
    </message>
    <message>
        <source>Send Messages</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation>场合(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>主题(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>消息(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一位(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一位(&amp;N)</translation>
    </message>
    <message>
        <source>Open in &amp;Mail</source>
        <translation>在邮件中打开(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>复制文本(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>全部复制(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Writing the messages…</source>
        <translation>正在生成消息…</translation>
    </message>
    <message>
        <source>The messages could not be written.</source>
        <translation>无法生成消息。</translation>
    </message>
    <message>
        <source>%1 (no email address: copy the text for a messaging app)</source>
        <translation>%1（没有邮箱地址：请复制文本到聊天软件）</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Nothing to fill in for this customer: %1</source>
        <translation>此客户缺少以下内容：%1</translation>
    </message>
</context>
<context>
    <name>clientele::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>clientele::StatusInfo</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>%1
Read-only: %2</source>
        <translation>%1
只读：%2</translation>
    </message>
    <message>
        <source>%1 customers · %2 orders</source>
        <translation>%1 位客户 · %2 个订单</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>尚未备份</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
</context>
<context>
    <name>clientele::SyncPage</name>
    <message>
        <source>Sync Now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Read the other devices&apos; packets in the sync folder and write this device&apos;s (%1)</source>
        <translation>读取同步文件夹中其他设备的同步包，并写出本设备的同步包（%1）</translation>
    </message>
    <message>
        <source>Export Packet…</source>
        <translation>导出同步包…</translation>
    </message>
    <message>
        <source>Import Packet…</source>
        <translation>导入同步包…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Keep the value kept and mark the conflict resolved</source>
        <translation>保留当前值，并将冲突标记为已解决</translation>
    </message>
    <message>
        <source>Restore Other Value</source>
        <translation>恢复另一个值</translation>
    </message>
    <message>
        <source>Write the other value back (it reaches the other devices like any edit) and mark the conflict resolved</source>
        <translation>写回另一个值（与其他修改一样同步到其他设备），并将冲突标记为已解决</translation>
    </message>
    <message>
        <source>Open Customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <source>None: packets go by Export and Import only</source>
        <translation>无：仅通过导出和导入传递同步包</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <source>Not synced since the app opened</source>
        <translation>程序启动后尚未同步</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Devices of this family</source>
        <translation>本店的设备</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>显示已解决</translation>
    </message>
    <message>
        <source>Not in a family yet: the first change or sync starts one</source>
        <translation>尚未加入同步组：第一次更改或同步时自动创建</translation>
    </message>
    <message>
        <source>Family %1</source>
        <translation>同步组 %1</translation>
    </message>
    <message>
        <source>Conflicts: none to review</source>
        <translation>冲突：无待处理</translation>
    </message>
    <message>
        <source>Conflicts: %1 to review</source>
        <translation>冲突：%1 项待处理</translation>
    </message>
    <message>
        <source>Delete Again…</source>
        <translation>再次删除…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Sync Folder (shared with the other devices)</source>
        <translation>同步文件夹（与其他设备共用）</translation>
    </message>
    <message>
        <source>Sync Folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <source>Export Packet</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <source>Import Packet</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1：失败</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message>
        <source>1 change from other devices applied</source>
        <translation>已应用其他设备的 1 项更改</translation>
    </message>
    <message>
        <source>%1 changes from other devices applied</source>
        <translation>已应用其他设备的 %1 项更改</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <source>1 new conflict</source>
        <translation>1 项新冲突</translation>
    </message>
    <message>
        <source>%1 new conflicts</source>
        <translation>%1 项新冲突</translation>
    </message>
    <message>
        <source>; this device&apos;s packet had nothing new</source>
        <translation>；本设备的同步包没有新内容</translation>
    </message>
    <message>
        <source>; this device&apos;s packet holds %1</source>
        <translation>；本设备的同步包包含 %1</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 项更改</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 项更改</translation>
    </message>
    <message>
        <source>Sync: %1 could not be read (see the Sync page)</source>
        <translation>同步：无法读取 %1（见同步页面）</translation>
    </message>
    <message>
        <source>Sync: %1 packets could not be read, the first %2 (see the Sync page)</source>
        <translation>同步：有 %1 个同步包无法读取，第一个是 %2（见同步页面）</translation>
    </message>
    <message>
        <source>Synced: %1</source>
        <translation>已同步：%1</translation>
    </message>
    <message>
        <source>Imported %1 from “%2”: %3</source>
        <translation>已从“%2”导入 %1：%3</translation>
    </message>
    <message>
        <source>1 change applied</source>
        <translation>已应用 1 项更改</translation>
    </message>
    <message>
        <source>%1 changes applied</source>
        <translation>已应用 %1 项更改</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已将 %1 导出到 %2</translation>
    </message>
    <message>
        <source>Delete Again</source>
        <translation>再次删除</translation>
    </message>
    <message>
        <source>“%1” was deleted on another device and came back with an edit. Delete it again, on every device? This cannot be undone.</source>
        <translation>“%1”已在另一台设备上删除，又因一次修改而恢复。要在所有设备上再次删除吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Rename Device</source>
        <translation>重命名设备</translation>
    </message>
</context>
<context>
    <name>clientele::TaskDialog</name>
    <message>
        <source>Edit Task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>到期日(&amp;D)</translation>
    </message>
    <message>
        <source>Customer ref, or empty</source>
        <translation>客户编号，可留空</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>重复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>no such customer</source>
        <translation>客户不存在</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>请填写要做的事。</translation>
    </message>
    <message>
        <source>No customer has the ref “%1”.</source>
        <translation>没有编号为“%1”的客户。</translation>
    </message>
    <message>
        <source>Travel, gifts, samples: counted in the cost of serving the customer</source>
        <translation>差旅、礼品、样品：计入服务该客户的成本</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>成本(&amp;O)</translation>
    </message>
</context>
<context>
    <name>clientele::TaskListModel</name>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>clientele::TasksPage</name>
    <message>
        <source>%1 tasks</source>
        <translation>%1 个任务</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Open Customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>到期日从</translation>
    </message>
    <message>
        <source>Customer name or ref</source>
        <translation>客户名称或编号</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Delete the task “%1”? You can undo this.</source>
        <translation>删除任务“%1”？此操作可撤销。</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>clientele::TemplatePreview</name>
    <message>
        <source>Pre&amp;view for</source>
        <translation>预览对象(&amp;V)</translation>
    </message>
    <message>
        <source>Find a customer…</source>
        <translation>查找客户…</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Pick a customer to see the message they would get.</source>
        <translation>选择一位客户，查看他将收到的消息。</translation>
    </message>
    <message>
        <source>Empty for this customer: %1</source>
        <translation>此客户为空的占位符：%1</translation>
    </message>
</context>
<context>
    <name>clientele::TemplatesDialog</name>
    <message>
        <source>Message Templates</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <source>The name messages sign with, as {shop}</source>
        <translation>消息落款使用的名称，即 {shop}</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>店铺名称(&amp;N)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>主题(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>正文(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>占位符</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A message needs a body.</source>
        <translation>消息必须有正文。</translation>
    </message>
    <message>
        <source>Fix the template before saving: %1</source>
        <translation>请先修正模板再保存：%1</translation>
    </message>
</context>
<context>
    <name>clientele::TicketDialog</name>
    <message>
        <source>Edit Ticket</source>
        <translation>编辑工单</translation>
    </message>
    <message>
        <source>New Ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>主题(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>严重程度(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>处理结果(&amp;R)</translation>
    </message>
    <message>
        <source>Ra&amp;ting</source>
        <translation>评分(&amp;T)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Pick the customer: type a name or phone.</source>
        <translation>请选择客户：输入姓名或电话。</translation>
    </message>
    <message>
        <source>Say what the customer is unhappy about.</source>
        <translation>请说明客户不满意的问题。</translation>
    </message>
    <message>
        <source>Say how it was resolved.</source>
        <translation>请说明处理结果。</translation>
    </message>
</context>
<context>
    <name>clientele::TicketListModel</name>
    <message>
        <source>Opened</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Age / Resolved</source>
        <translation>已开时长 / 解决日期</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
</context>
<context>
    <name>clientele::TicketsPage</name>
    <message>
        <source>%1 tickets</source>
        <translation>%1 个工单</translation>
    </message>
    <message>
        <source>New Ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Open Customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>待处理和处理中</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Subject, customer or order number</source>
        <translation>主题、客户或订单号</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Delete Ticket</source>
        <translation>删除工单</translation>
    </message>
    <message>
        <source>Delete the ticket “%1”? You can undo this.</source>
        <translation>删除工单“%1”？此操作可撤销。</translation>
    </message>
</context>
<context>
    <name>clientele::TimelineModel</name>
    <message>
        <source>quoted %1 for %2</source>
        <translation>%2 报价 %1</translation>
    </message>
    <message>
        <source>Order %1 (%2)</source>
        <translation>订单 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n line(s)</source>
        <translation>
            <numerusform>%1，%n 条明细</numerusform>
        </translation>
    </message>
    <message>
        <source>due</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>clientele::TimelineTab</name>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
<context>
    <name>clientele::TodayPage</name>
    <message>
        <source>Due and overdue follow-ups</source>
        <translation>到期和逾期的跟进</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>没有到期的跟进。</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <source>No birthdays this week.</source>
        <translation>本周没有客户生日。</translation>
    </message>
    <message>
        <source>Holidays ahead</source>
        <translation>即将到来的节日</translation>
    </message>
    <message>
        <source>No holidays in the next 30 days.</source>
        <translation>未来 30 天内没有节日。</translation>
    </message>
    <message>
        <source>Payments overdue</source>
        <translation>逾期回款</translation>
    </message>
    <message>
        <source>No payments overdue.</source>
        <translation>没有逾期回款。</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>待处理工单</translation>
    </message>
    <message>
        <source>No open tickets.</source>
        <translation>没有待处理工单。</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Greet…</source>
        <translation>发送问候…</translation>
    </message>
    <message>
        <source>Task done; the next one is due %1.</source>
        <translation>任务已完成；下一次到期日为 %1。</translation>
    </message>
    <message>
        <source>Task done. Undo with Ctrl+Z.</source>
        <translation>任务已完成。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Write a birthday greeting to the selected customers</source>
        <translation>给所选客户写生日祝福</translation>
    </message>
    <message>
        <source>Remind…</source>
        <translation>提醒…</translation>
    </message>
    <message>
        <source>Write a payment reminder to the customers of the selected orders</source>
        <translation>给所选订单的客户写催款提醒</translation>
    </message>
    <message>
        <source>Nothing needs you today: no follow-ups due, no birthdays this week, no payments overdue, no open tickets and no stock to reorder. Follow-up dates of logged visits appear here.</source>
        <translation>今天没有待办事项：没有到期的跟进、本周没有客户生日、没有逾期回款、没有待处理工单，也没有需要补货的产品。已记录拜访的跟进日期会显示在这里。</translation>
    </message>
    <message>
        <source>Stock to reorder</source>
        <translation>需要补货</translation>
    </message>
    <message>
        <source>No product is at its reorder level.</source>
        <translation>没有产品达到补货点。</translation>
    </message>
</context>
<context>
    <name>clientele::TodaySection</name>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>clientele::charts</name>
    <message>
        <source>Save Table As CSV…</source>
        <translation>将表格另存为 CSV…</translation>
    </message>
    <message>
        <source>million %1</source>
        <translation>百万 %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>千 %1</translation>
    </message>
</context>
<context>
    <name>clientele::charts::ChartView</name>
    <message>
        <source>Save Chart As…</source>
        <translation>将图表另存为…</translation>
    </message>
</context>
</TS>
