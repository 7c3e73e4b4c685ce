// Atomic, optionally owner-only file writes: an interrupted save never damages the old file.
#include "model/io/atomic_file.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vtd::model;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

/** QFileDevice::Permissions as the octal mode ls shows (owner, group, other). */
int unixMode(const QString &path)
{
    const int p = QFile::permissions(path).toInt();
    return ((p >> 12) & 7) << 6 | ((p >> 4) & 7) << 3 | (p & 7);
}

QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                      | QDir::NoDotAndDotDot);
}

} // namespace

class TstAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesANewFile();
    void replacesAnExistingFile();
    void interruptedWriteKeepsTheOldFile();
    void interruptedFirstWriteLeavesNothing();
    void ownerOnlyIsMode0600_data();
    void ownerOnlyIsMode0600();
    void normalIsAnOrdinaryFileAndKeepsAStricterMode();
    void unwritablePlaceIsCannotWrite();
};

void TstAtomicFile::initTestCase()
{
    ::umask(022);   // a known umask, so "an ordinary file" has a known mode (0644)
}

void TstAtomicFile::writesANewFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.vpnd"));
    QCOMPARE(writeFileAtomically(path, "hello\n", FileAccess::Normal), std::nullopt);
    QCOMPARE(contents(path), QByteArray("hello\n"));
    QCOMPARE(entries(dir), QStringList{QStringLiteral("new.vpnd")});
}

void TstAtomicFile::replacesAnExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.vpnd"));
    QCOMPARE(writeFileAtomically(path, QByteArray(10000, 'a'), FileAccess::Normal), std::nullopt);
    QCOMPARE(writeFileAtomically(path, "short", FileAccess::Normal), std::nullopt);
    QCOMPARE(contents(path), QByteArray("short"));
    QCOMPARE(entries(dir), QStringList{QStringLiteral("p.vpnd")});
}

void TstAtomicFile::interruptedWriteKeepsTheOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.vpnd"));
    const QByteArray old("{\n    \"format\": \"old\"\n}\n");
    QCOMPARE(writeFileAtomically(path, old, FileAccess::Normal), std::nullopt);
    bool called = false;
    QByteArray seenDuringWrite;
    const auto interrupt = [&] {
        // The new bytes are written by now, but only into a temporary file (on Linux often an
        // unnamed O_TMPFILE one), not into the file itself.
        called = true;
        seenDuringWrite = contents(path);
        return false;
    };
    const auto error = writeFileAtomically(path, "new bytes", FileAccess::OwnerOnly, interrupt);
    QVERIFY(called);
    QCOMPARE(seenDuringWrite, old);
    QVERIFY(error);
    QCOMPARE(error->code, QStringLiteral("io.cannot-write"));
    QCOMPARE(error->file, path);
    QCOMPARE(contents(path), old);
    QCOMPARE(entries(dir), QStringList{QStringLiteral("p.vpnd")});   // no temporary file left
}

void TstAtomicFile::interruptedFirstWriteLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.vpnd"));
    QVERIFY(writeFileAtomically(path, "data", FileAccess::Normal, [] { return false; }));
    QVERIFY(!QFile::exists(path));
    QVERIFY(entries(dir).isEmpty());
}

void TstAtomicFile::ownerOnlyIsMode0600_data()
{
    QTest::addColumn<bool>("existedBefore");
    QTest::newRow("new file") << false;
    QTest::newRow("replacing a 0644 file") << true;
}

void TstAtomicFile::ownerOnlyIsMode0600()
{
    QFETCH(bool, existedBefore);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("secret.vpnd"));
    if (existedBefore) {
        QCOMPARE(writeFileAtomically(path, "old", FileAccess::Normal), std::nullopt);
        QCOMPARE(unixMode(path), 0644);
    }
    QCOMPARE(writeFileAtomically(path, "isakmp key snowrain123", FileAccess::OwnerOnly),
             std::nullopt);
    QCOMPARE(unixMode(path), 0600);
    QCOMPARE(contents(path), QByteArray("isakmp key snowrain123"));
}

void TstAtomicFile::normalIsAnOrdinaryFileAndKeepsAStricterMode()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plain.vpnd"));
    QCOMPARE(writeFileAtomically(path, "no secrets", FileAccess::Normal), std::nullopt);
    QCOMPARE(unixMode(path), 0644);
    QVERIFY(unixMode(path) != 0600);
    QCOMPARE(writeFileAtomically(path, "isakmp key x", FileAccess::OwnerOnly), std::nullopt);
    QCOMPARE(writeFileAtomically(path, "no secrets", FileAccess::Normal), std::nullopt);
    QCOMPARE(unixMode(path), 0600);   // a save never loosens an existing file's mode
}

void TstAtomicFile::unwritablePlaceIsCannotWrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/folder/p.vpnd"));
    const auto error = writeFileAtomically(path, "data", FileAccess::Normal);
    QVERIFY(error);
    QCOMPARE(error->code, QStringLiteral("io.cannot-write"));
    QCOMPARE(error->file, path);
    QVERIFY(!error->params.value(QStringLiteral("reason")).isEmpty());
    QVERIFY(entries(dir).isEmpty());
}

QTEST_GUILESS_MAIN(TstAtomicFile)
#include "tst_atomic_file.moc"
