#pragma once

#include <QString>

#include <optional>

namespace vtd::model {

/** A PIX time value written `h:mm:ss` (`timeout xlate 3:00:00`, `failover timeout 0:00:00`). */
struct HmsDuration
{
    int seconds = 0;

    /** "3:00:00", "0:10:00"; also "h:mm" as the device accepts it. nullopt when malformed. */
    static std::optional<HmsDuration> parse(const QString &text);
    /** The device's form: hours unpadded, minutes and seconds two digits ("1:00:00"). */
    QString toString() const;
    friend bool operator==(const HmsDuration &, const HmsDuration &) = default;
};

} // namespace vtd::model
