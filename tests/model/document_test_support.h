#pragma once

// Shared by the Document and undo command tests: a small hand-built project and the one
// contract every command must keep (one event per redo and undo, undo restores equality).

#include "model/document.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

namespace vtd::model {

/** QCOMPARE prints events readably ("NodeRemoved nodes=[3] -links=[2,4]"). */
inline char *toString(const ChangeEvent &event)
{
    QString text = QString::fromLatin1(changeKindName(event.kind));
    const auto list = [](const auto &ids) {
        QStringList parts;
        for (const auto &id : ids)
            parts << QString::number(id.value);
        return u'[' + parts.join(u',') + u']';
    };
    if (!event.nodes.isEmpty())
        text += QStringLiteral(" nodes=") + list(event.nodes);
    if (!event.linksAdded.isEmpty())
        text += QStringLiteral(" +links=") + list(event.linksAdded);
    if (!event.linksRemoved.isEmpty())
        text += QStringLiteral(" -links=") + list(event.linksRemoved);
    if (event.scenario >= 0)
        text += QStringLiteral(" scenario=%1").arg(event.scenario);
    return QTest::toString(text);
}

namespace test {

/** Ids of the small project below, so tests read as names rather than numbers. */
struct SmallIds
{
    NodeId snow, carrion, lan, client, host;
    LinkId snowCarrion, snowCarrion2, carrionLan, clientLan;
};

inline Node makeNode(Project &project, NodeKind kind, const QString &name, const QString &model,
                     QPointF position)
{
    Node node;
    node.id = project.allocateNodeId();
    node.kind = kind;
    node.name = name;
    node.hardwareModel = model;
    node.position = position;
    return node;
}

inline LinkId addLink(Project &project, Endpoint a, Endpoint b)
{
    const LinkId id = project.allocateLinkId();
    project.insertLink(Link{id, std::move(a), std::move(b)});
    return id;
}

/**
 *   snow (PIX-525) e0 ---- E5/1 carrion (C7500-RSP2) E5/0 ---- [10.48.66.0/24] ---- eth0 client
 *                  e2 ---- E5/2                                                      host (unlinked)
 *   scenarios: "seed", "second"
 */
inline Project smallProject(SmallIds *ids = nullptr)
{
    Project p;
    SmallIds i;
    Node snow = makeNode(p, NodeKind::PixFirewall, QStringLiteral("snow"), QStringLiteral("PIX-525"), {0, 0});
    snow.configText = QStringLiteral("hostname snow\nnameif ethernet0 outside security0\n");
    snow.softwareVersion = QStringLiteral("6.2(2)");
    Node carrion = makeNode(p, NodeKind::IosRouter, QStringLiteral("carrion"), QStringLiteral("C7500-RSP2"), {200, 0});
    carrion.configText = QStringLiteral("hostname carrion\n");
    Node lan = makeNode(p, NodeKind::LanSegment, QStringLiteral("10.48.66.0/24"), QStringLiteral("LAN-SEGMENT"), {400, 0});
    Node client = makeNode(p, NodeKind::VpnClient, QStringLiteral("client"), QStringLiteral("VPNCLIENT-PC"), {600, 0});
    client.host = HostSettings{Ipv4Address(10, 48, 66, 50), Ipv4Address(255, 255, 255, 0), Ipv4Address(10, 48, 66, 1)};
    client.profileText = QStringLiteral("[main]\nHost=10.48.66.2\n");
    Node host = makeNode(p, NodeKind::Host, QStringLiteral("host"), QStringLiteral("HOST"), {0, 200});
    i = {snow.id, carrion.id, lan.id, client.id, host.id, {}, {}, {}, {}};
    for (Node *node : {&snow, &carrion, &lan, &client, &host})
        p.insertNode(*node);
    i.snowCarrion = addLink(p, {i.snow, QStringLiteral("ethernet0")}, {i.carrion, QStringLiteral("Ethernet5/1")});
    i.carrionLan = addLink(p, {i.carrion, QStringLiteral("Ethernet5/0")}, {i.lan, {}});
    i.snowCarrion2 = addLink(p, {i.snow, QStringLiteral("ethernet2")}, {i.carrion, QStringLiteral("Ethernet5/2")});
    i.clientLan = addLink(p, {i.client, QStringLiteral("eth0")}, {i.lan, {}});
    p.scenarios().push_back({QStringLiteral("seed"), QStringLiteral("run 10s\n")});
    p.scenarios().push_back({QStringLiteral("second"), QStringLiteral("ping host 10.0.0.1\n")});
    if (ids)
        *ids = i;
    return p;
}

inline ChangeEvent takeEvent(QSignalSpy &spy)
{
    return spy.takeFirst().at(0).value<ChangeEvent>();
}

/**
 * The contract of every command: pushing applies it as one undo step with exactly one event
 * (`onRedo`); undo emits exactly one event (`onUndo`) and gives back a project equal to the one
 * before; redo emits `onRedo` again and gives back the same project as the first time.
 * `after` receives the project after the edit, for the caller's own checks.
 */
inline void checkUndoRedo(Document &doc, QUndoCommand *command, const ChangeEvent &onRedo,
                          const ChangeEvent &onUndo, Project *after = nullptr)
{
    const Project before = doc.project();
    const int steps = doc.undoStack()->count();
    QSignalSpy spy(&doc, &Document::changed);

    const std::optional<Diagnostic> refusal = doc.push(command);
    QVERIFY2(!refusal, qPrintable(refusal ? refusal->code : QString()));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(takeEvent(spy), onRedo);
    const Project changed = doc.project();
    QVERIFY(!(changed == before));

    doc.undoStack()->undo();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(takeEvent(spy), onUndo);
    QVERIFY(doc.project() == before);

    doc.undoStack()->redo();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(takeEvent(spy), onRedo);
    QVERIFY(doc.project() == changed);
    if (after)
        *after = changed;
}

/** A command refused by Document::push: the reason's code, no step, no event, no change. */
inline void checkRefused(Document &doc, QUndoCommand *command, const QString &code)
{
    const Project before = doc.project();
    const int steps = doc.undoStack()->count();
    QSignalSpy spy(&doc, &Document::changed);
    const std::optional<Diagnostic> refusal = doc.push(command);
    QVERIFY(refusal);
    QCOMPARE(refusal->code, code);
    QCOMPARE(refusal->severity, Severity::Error);
    QCOMPARE(doc.undoStack()->count(), steps);
    QCOMPARE(spy.count(), 0);
    QVERIFY(doc.project() == before);
}

} // namespace test
} // namespace vtd::model
