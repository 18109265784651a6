-- Clientele schema, version 6: the texts of greetings and reminders sent to customers.
-- One template per occasion and language. {placeholders} are filled from the customer's data
-- when a message is written (core/messages); a template naming one that its occasion does not
-- have is refused when it is saved. The shipped defaults are rows like the user's own: they are
-- edited in place, and every copy of a database starts with the same rows under the same ids,
-- so edits made on two laptops merge field by field.
CREATE TABLE message_template (
    id         INTEGER PRIMARY KEY,
    occasion   TEXT NOT NULL
               CHECK (occasion IN ('birthday', 'lunar_birthday', 'spring_festival', 'mid_autumn',
                                   'holiday', 'revisit', 'payment_reminder')),
    language   TEXT NOT NULL CHECK (language IN ('zh', 'en')),
    subject    TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL CHECK (body <> ''),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (occasion, language)
);

WITH shipped (id, occasion, language, subject, body) AS (VALUES
(1, 'birthday', 'zh', '祝{name}{title}生日快乐',
'尊敬的{name}{title}：

祝您生日快乐，身体健康，万事如意！感谢您一直以来对我们的信任与支持。

{salesperson}
{shop}'),
(2, 'birthday', 'en', 'Happy birthday, {name}!',
'Dear {title} {name},

Happy birthday! Thank you for your trust and support. We wish you good health and every happiness in the year ahead.

Best wishes,
{salesperson}
{shop}'),
(3, 'lunar_birthday', 'zh', '祝{name}{title}农历生日快乐',
'尊敬的{name}{title}：

今天是您的农历生日，祝您福如东海、寿比南山，阖家幸福安康！

{salesperson}
{shop}'),
(4, 'lunar_birthday', 'en', 'Happy birthday, {name}!',
'Dear {title} {name},

Today is your birthday by the lunar calendar. Happy birthday, and may the year ahead bring you health, luck and joy!

Best wishes,
{salesperson}
{shop}'),
(5, 'spring_festival', 'zh', '新春快乐，{name}{title}',
'尊敬的{name}{title}：

值此新春佳节，祝您和家人新年快乐，身体健康，万事如意！感谢您过去一年的支持与厚爱。

{salesperson}
{shop}'),
(6, 'spring_festival', 'en', 'Happy Spring Festival, {name}!',
'Dear {title} {name},

Wishing you and your family a happy and prosperous Spring Festival. Thank you for your support over the past year.

Best wishes,
{salesperson}
{shop}'),
(7, 'mid_autumn', 'zh', '中秋快乐，{name}{title}',
'尊敬的{name}{title}：

月圆人团圆。祝您中秋快乐，阖家幸福！

{salesperson}
{shop}'),
(8, 'mid_autumn', 'en', 'Happy Mid-Autumn Festival, {name}!',
'Dear {title} {name},

Wishing you a happy Mid-Autumn Festival and a joyful reunion with your family under the full moon.

Best wishes,
{salesperson}
{shop}'),
(9, 'holiday', 'zh', '{holiday}快乐，{name}{title}',
'尊敬的{name}{title}：

{holiday}快乐！感谢您一直以来的支持，祝您节日愉快，万事顺意！

{salesperson}
{shop}'),
(10, 'holiday', 'en', 'Best wishes for {holiday}, {name}',
'Dear {title} {name},

Best wishes for {holiday}! Thank you for being our customer; we wish you a wonderful holiday.

Best wishes,
{salesperson}
{shop}'),
(11, 'revisit', 'zh', '{last_product}用得还好吗？',
'尊敬的{name}{title}：

您好！您上次选购的{last_product}用得还满意吗？如有任何问题或新的需要，欢迎随时联系我。

{salesperson}
{shop}'),
(12, 'revisit', 'en', 'How are you getting on with {last_product}?',
'Dear {title} {name},

How are you getting on with the {last_product} you bought from us? If you have any questions or need anything else, I am glad to help.

Best regards,
{salesperson}
{shop}'),
(13, 'payment_reminder', 'zh', '付款提醒：{amount_due}',
'尊敬的{name}{title}：

您好！您有一笔{amount_due}的款项已于{due_date}到期，烦请尽快安排支付。如已付款，请忽略本消息。谢谢！

{salesperson}
{shop}'),
(14, 'payment_reminder', 'en', 'Payment reminder: {amount_due} due since {due_date}',
'Dear {title} {name},

This is a friendly reminder that {amount_due} has been due since {due_date}. If you have already paid, please disregard this message; otherwise we would be grateful if you could settle it soon.

Thank you,
{salesperson}
{shop}')
)
INSERT INTO message_template (id, occasion, language, subject, body, created_at, updated_at)
SELECT id, occasion, language, subject, body, datetime('now', 'localtime'),
       datetime('now', 'localtime')
FROM shipped;
