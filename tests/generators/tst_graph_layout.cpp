// The importer's layout: Boost.Graph springs per component, components packed, never overlapping.
#include "generators/importer/graph_layout.h"

#include <QRectF>
#include <QTest>

using vtd::gen::LayoutGraph;
using vtd::gen::layoutGraph;

Q_DECLARE_METATYPE(LayoutGraph)

namespace {

const QSizeF kBox(180, 130);

QRectF boxAt(QPointF centre)
{
    return QRectF(centre - QPointF(kBox.width() / 2, kBox.height() / 2), kBox);
}

LayoutGraph chain(int n)
{
    LayoutGraph g{n, {}};
    for (int i = 1; i < n; ++i)
        g.edges.append({i - 1, i});
    return g;
}

/** A reproducible pseudo-random graph (linear congruential, so the test data never changes). */
LayoutGraph scattered(int n, int edges)
{
    LayoutGraph g{n, {}};
    quint32 state = 12345;
    auto next = [&state] { state = state * 1103515245u + 12345u; return int(state >> 16); };
    for (int i = 0; i < edges; ++i)
        g.edges.append({next() % n, next() % n});
    return g;
}

} // namespace

class TstGraphLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noOverlaps_data();
    void noOverlaps();
    void deterministic();
    void componentsDoNotMix();
};

void TstGraphLayout::noOverlaps_data()
{
    QTest::addColumn<LayoutGraph>("graph");
    QTest::newRow("empty") << LayoutGraph{0, {}};
    QTest::newRow("single") << LayoutGraph{1, {}};
    QTest::newRow("pair") << chain(2);
    QTest::newRow("chain of 9") << chain(9);
    QTest::newRow("star") << LayoutGraph{6, {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}}};
    QTest::newRow("isolated nodes") << LayoutGraph{12, {}};
    QTest::newRow("self loops and duplicates") << LayoutGraph{3, {{0, 0}, {0, 1}, {0, 1}, {1, 2}}};
    QTest::newRow("scattered 40") << scattered(40, 45);
}

void TstGraphLayout::noOverlaps()
{
    QFETCH(LayoutGraph, graph);
    const QList<QPointF> positions = layoutGraph(graph, kBox);
    QCOMPARE(positions.size(), graph.nodeCount);
    for (int i = 0; i < positions.size(); ++i) {
        for (int j = i + 1; j < positions.size(); ++j) {
            QVERIFY2(!boxAt(positions[i]).intersects(boxAt(positions[j])),
                     qPrintable(QStringLiteral("nodes %1 and %2 overlap").arg(i).arg(j)));
        }
    }
}

void TstGraphLayout::deterministic()
{
    const LayoutGraph graph = scattered(25, 30);
    QCOMPARE(layoutGraph(graph, kBox), layoutGraph(graph, kBox));
}

void TstGraphLayout::componentsDoNotMix()
{
    // Two triangles: the bounding boxes of the two components are disjoint.
    const LayoutGraph graph{6, {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}}};
    const QList<QPointF> p = layoutGraph(graph, kBox);
    const QRectF first = boxAt(p[0]) | boxAt(p[1]) | boxAt(p[2]);
    const QRectF second = boxAt(p[3]) | boxAt(p[4]) | boxAt(p[5]);
    QVERIFY(!first.intersects(second));
}

QTEST_GUILESS_MAIN(TstGraphLayout)
#include "tst_graph_layout.moc"
