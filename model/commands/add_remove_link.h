#pragma once

#include "document_command.h"

namespace vtd::model {

/** What AddLink and RemoveLink share: the link goes back at the index it was taken from. */
class AddRemoveLink : public DocumentCommand
{
protected:
    AddRemoveLink(Document *document, Link link);

    void addLink();    ///< emits LinkAdded
    void removeLink(); ///< emits LinkRemoved

    /** "snow ethernet0", or just the segment's name, for command texts. */
    QString endpointLabel(const Endpoint &endpoint) const;

    Link m_link;      ///< the whole link while it is out of the project; its id always
    int m_index = -1; ///< where it goes back (-1: at the end)
};

/** Plugs a cable between two interfaces, or from an interface into a LAN segment. */
class AddLink final : public AddRemoveLink
{
public:
    /** A link without an id gets a fresh one now (linkId()). Refused unless validateLink()
     *  accepts it against the project as it is when pushed. */
    AddLink(Document *document, Link link);

    LinkId linkId() const { return m_link.id; }
    std::optional<Diagnostic> check() const override;

private:
    void applyEdit() override { addLink(); }
    void revertEdit() override { removeLink(); }
};

/** Unplugs one cable. */
class RemoveLink final : public AddRemoveLink
{
public:
    RemoveLink(Document *document, LinkId link);

    std::optional<Diagnostic> check() const override;

private:
    void applyEdit() override { removeLink(); }
    void revertEdit() override { addLink(); }
};

} // namespace vtd::model
