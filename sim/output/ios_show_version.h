#pragma once

// IOS 12.2 `show version`. The C7500-RSP2 text is the seed's carrion listing; the generic
// IOS-ROUTER text is a plausible 12.2 listing of a small router [unverified].

#include <QString>
#include <QStringList>

#include <cstdint>

namespace vtd::sim::output {

/** What `show version` on an IOS router reports: the box plus its hostname and uptime. */
struct IosVersionInput
{
    QString hostname;
    QString hardwareModel;      ///< catalog id ("C7500-RSP2", "IOS-ROUTER")
    QString softwareVersion;    ///< "12.2(6)"
    QStringList interfaces;     ///< hardware interface names ("Ethernet5/0", ...)
    std::int64_t uptimeMs = 0;
};

/** The exact text, one "\n"-terminated line per device line (no blank lines, as the seed). */
QString renderIosShowVersion(const IosVersionInput &input);

/** "12.2(6)" -> "122-6": the release as image file names spell it. */
QString iosImageRelease(const QString &softwareVersion);

} // namespace vtd::sim::output
