#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <functional>

namespace vtd::cli {

/** One `vpnsim COMMAND`: its options are added to the parser, then run() gets the parsed result. */
struct Subcommand
{
    QString name;
    QString synopsis;      ///< "example -o FILE"
    QString description;   ///< one line for `vpnsim --help`
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(const QCommandLineParser &)> run;
};

/** The subcommands, in the order `--help` lists them. */
QList<Subcommand> subcommands();

/** Writes a line to stderr / stdout (UTF-8), without Qt's logging prefixes. */
void printError(const QString &line);
void printOut(const QString &text);

} // namespace vtd::cli
