// preferHugePagesForHeap(): the heap is marked for transparent huge pages, and malloc keeps
// working around the marked region.

#include "sim/engine/heap_pages.h"

#include <QFile>
#include <QtTest>

#include <cstdlib>
#include <cstring>
#include <vector>

using vtd::sim::preferHugePagesForHeap;

class TstHeapPages : public QObject
{
    Q_OBJECT

private slots:
    void refusesUselessSizes();
    void marksTheHeapAndMallocKeepsWorking();
};

void TstHeapPages::refusesUselessSizes()
{
    QVERIFY(!preferHugePagesForHeap(0));
    QVERIFY(!preferHugePagesForHeap(4096));  // less than one huge page
}

void TstHeapPages::marksTheHeapAndMallocKeepsWorking()
{
    const bool marked = preferHugePagesForHeap(std::size_t(64) << 20);
#if defined(__linux__) && defined(__GLIBC__)
    if (!marked && !QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")))
        QSKIP("this kernel has no transparent huge pages");
    QVERIFY(marked);
    // /proc/self/smaps: the [heap] mapping (or a part of it) carries the "hg" (huge page advised) flag.
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    QVERIFY(smaps.open(QIODevice::ReadOnly));
    bool inHeap = false;
    bool advised = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        if (!line.isEmpty() && !line.contains(':'))
            continue;
        if (line.contains(" [heap]"))
            inHeap = true;
        else if (line.contains('-') && line.indexOf('-') < line.indexOf(' '))
            inHeap = false;  // the header of the next mapping
        if (inHeap && line.startsWith("VmFlags:") && line.contains(" hg"))
            advised = true;
    }
    QVERIFY(advised);
#else
    QVERIFY(!marked);
#endif
    // Allocations of every size still come and go, and hold what was written.
    std::vector<char *> blocks;
    for (std::size_t size = 16; size < (std::size_t(8) << 20); size *= 3) {
        char *block = static_cast<char *>(std::malloc(size));
        QVERIFY(block);
        std::memset(block, int(size % 251), size);
        blocks.push_back(block);
    }
    std::size_t size = 16;
    for (char *block : blocks) {
        QCOMPARE(block[size - 1], char(size % 251));
        std::free(block);
        size *= 3;
    }
}

QTEST_GUILESS_MAIN(TstHeapPages)
#include "tst_heap_pages.moc"
