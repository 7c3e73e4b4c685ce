#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace vtd::sim::devices {
class SimNode;
}

namespace vtd::sim::console {

class DeviceConsoles;
class DeviceState;

/** Which CLI a console speaks: command sets and error texts differ. */
enum class Platform { Pix, Ios };

/** What a command handler gets: the console, the device and the words after the keywords. */
struct CommandContext
{
    DeviceConsoles &consoles;
    DeviceState &device;          ///< name, platform, current configuration, model node
    devices::SimNode &node;       ///< the running box
    QStringList arguments;        ///< words typed after the command's keywords
    QString line;                 ///< the whole line as typed
};

/** Returns the command's output: "\n"-terminated lines, or empty. */
using CommandHandler = std::function<QString(CommandContext &)>;

/** The commands a console understands, with the devices' abbreviation rule: each word may be
 *  shortened to any prefix that only one keyword allowed at its position starts with, and a
 *  word that spells a keyword in full is that keyword even when others start with it.
 *
 *  Besides the simulated commands, each platform knows the other keywords its real CLI accepts
 *  at the first two levels (vocabulary()), so "sh c" is ambiguous on a PIX as on the box,
 *  and a real but unsimulated command is told apart from a typing error. */
class CommandRegistry
{
public:
    /** `keywords` in full, single spaces ("show crypto isakmp sa"). With `acceptsArguments`
     *  the words after the keywords go to the handler; otherwise they are invalid input.
     *  A later registration of the same keywords replaces the earlier one. */
    void add(Platform platform, const QString &keywords, CommandHandler handler,
             bool acceptsArguments = false);
    /** Keywords the real CLI accepts that are not simulated (abbreviation and error text only). */
    void addVocabulary(Platform platform, const QString &keywords);

    /** How a typed line matched. */
    struct Match
    {
        enum class Kind { Found, Unknown, Ambiguous, Incomplete, NotSimulated };
        Kind kind = Kind::Unknown;
        int wordIndex = 0;           ///< Unknown/Ambiguous: the word that failed
        QString keywords;            ///< Found/NotSimulated: the full keywords
        QStringList arguments;       ///< Found: the words after them
        const CommandHandler *handler = nullptr;
    };
    Match resolve(Platform platform, const QStringList &words) const;

private:
    struct Entry
    {
        Platform platform;
        QStringList keywords;
        CommandHandler handler;      ///< empty for vocabulary
        bool acceptsArguments = false;
    };
    /** Keywords allowed after `prefix` (full keywords already resolved). */
    QStringList candidates(Platform platform, const QStringList &prefix) const;
    const Entry *exact(Platform platform, const QStringList &keywords) const;

    QList<Entry> m_entries;
};

} // namespace vtd::sim::console
