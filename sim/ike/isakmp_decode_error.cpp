#include "isakmp_decode_error.h"

namespace vtd::sim::ike {

QString IsakmpDecodeError::code() const
{
    const char *suffix = "malformed";
    switch (problem) {
    case IsakmpProblem::Truncated: suffix = "truncated"; break;
    case IsakmpProblem::BadLength: suffix = "bad-length"; break;
    case IsakmpProblem::BadVersion: suffix = "bad-version"; break;
    case IsakmpProblem::BadExchangeType: suffix = "bad-exchange-type"; break;
    case IsakmpProblem::BadFlags: suffix = "bad-flags"; break;
    case IsakmpProblem::BadPayloadType: suffix = "bad-payload-type"; break;
    case IsakmpProblem::BadReserved: suffix = "bad-reserved"; break;
    case IsakmpProblem::BadValue: suffix = "bad-value"; break;
    case IsakmpProblem::BadCount: suffix = "bad-count"; break;
    case IsakmpProblem::UnexpectedPayload: suffix = "unexpected-payload"; break;
    case IsakmpProblem::MissingPayload: suffix = "missing-payload"; break;
    case IsakmpProblem::EncryptionFlag: suffix = "encryption-flag"; break;
    }
    return QStringLiteral("isakmp.") + QLatin1String(suffix);
}

QString IsakmpDecodeError::description() const
{
    return QStringLiteral("%1 at offset %2: %3").arg(where).arg(offset).arg(detail);
}

QMap<QString, QString> IsakmpDecodeError::params() const
{
    return {{QStringLiteral("where"), where},
            {QStringLiteral("offset"), QString::number(offset)},
            {QStringLiteral("detail"), detail}};
}

} // namespace vtd::sim::ike
