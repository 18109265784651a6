#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

namespace clientele {

// The running desktop app's ear for other processes: `clientele --lookup NUMBER` (or a tel:
// link) started while Clientele runs hands the number over instead of opening a second window.
// One line of UTF-8 each way over a local socket named per user: the message, then "ok".
class InstanceLink : public QObject {
    Q_OBJECT
public:
    explicit InstanceLink(QObject* parent = nullptr);

    // Per user; the environment variable CLIENTELE_INSTANCE_NAME overrides it (tests).
    static QString serverName();
    // Sends one message to the running instance; true when it was received.
    static bool send(const QString& message, int timeoutMs = 3000);

    // Starts listening; false when another instance already does (a socket left behind by a
    // crashed instance is cleared first).
    bool listen();

signals:
    void received(const QString& message);

private:
    void serve(QLocalSocket* socket);

    QLocalServer m_server;
};

} // namespace clientele
