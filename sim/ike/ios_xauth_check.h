#pragma once

#include "ios_aaa.h"

#include <QMap>
#include <QString>

namespace vtd::sim::devices {
class SimNode;
}

namespace vtd::sim::ike {

/** What an IOS router's method list says about one XAUTH user: accepted, or the diagnostic
 *  (code and parameters, without the peer) that explains the refusal. */
struct IosXauthVerdict
{
    bool accepted = false;
    QString code;
    QMap<QString, QString> params;
    QString suggestion;                 ///< the configuration line that would fix it, if any
};

/** Checks `user` the way IOS 12.2 runs `aaa authentication login LIST`: without `aaa new-model`
 *  or without the list the user is refused; otherwise the methods are tried in order: `local`
 *  compares with the router's `username` lines, `group radius|tacacs+` asks the AAA host at
 *  each server line's address (AaaDirectory; a host the router has no route to, or where no AAA
 *  service runs, does not answer and the next server or method is tried), `none` accepts. A
 *  method that answers (accept or reject) ends the list, as on the router. */
IosXauthVerdict checkIosXauth(const devices::SimNode &node, const IosAaa &aaa, const QString &list,
                              const QString &user, const QString &password);

} // namespace vtd::sim::ike
