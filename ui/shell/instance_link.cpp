#include "instance_link.h"

#include <QLocalSocket>

namespace clientele {

InstanceLink::InstanceLink(QObject* parent)
    : QObject(parent) {
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

QString InstanceLink::serverName() {
    const QString name = qEnvironmentVariable("CLIENTELE_INSTANCE_NAME");
    if (!name.isEmpty())
        return name;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return QStringLiteral(CLIENTELE_APP_ID) + u'-' + user;
}

bool InstanceLink::send(const QString& message, int timeoutMs) {
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(message.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    return socket.readLine().trimmed() == "ok";
}

bool InstanceLink::listen() {
    if (m_server.listen(serverName()))
        return true;
    if (m_server.serverError() != QAbstractSocket::AddressInUseError)
        return false;
    // In use: by a live instance, or a socket file a crashed one left behind.
    QLocalSocket probe;
    probe.connectToServer(serverName());
    if (probe.waitForConnected(500))
        return false;
    QLocalServer::removeServer(serverName());
    return m_server.listen(serverName());
}

void InstanceLink::serve(QLocalSocket* socket) {
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (!socket->canReadLine())
            return;
        const QString message = QString::fromUtf8(socket->readLine()).trimmed();
        socket->write("ok\n");
        socket->flush();
        emit received(message);
    });
}

} // namespace clientele
