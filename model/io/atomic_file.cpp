#include "atomic_file.h"

#include <QSaveFile>

namespace vtd::model {

namespace {

Diagnostic cannotWrite(const QString &path, const QString &reason)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.code = QStringLiteral("io.cannot-write");
    d.file = path;
    d.params.insert(QStringLiteral("reason"), reason);
    return d;
}

} // namespace

std::optional<Diagnostic> writeFileAtomically(const QString &path, const QByteArray &data,
                                              FileAccess access,
                                              const std::function<bool()> &beforeCommit)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    // Set on the temporary file before any byte is written, so a secret is never readable by others.
    if (access == FileAccess::OwnerOnly
        && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return cannotWrite(path, QStringLiteral("cannot make the file owner-only"));
    }
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return cannotWrite(path, file.errorString());
    }
    if (beforeCommit && !beforeCommit()) {
        file.cancelWriting();
        return cannotWrite(path, QStringLiteral("the write was interrupted"));
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return std::nullopt;
}

} // namespace vtd::model
