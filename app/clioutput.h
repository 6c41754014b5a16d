#pragma once

#include <QTextStream>

// Standard output and standard error as text streams, for the command line's results and its messages.
namespace CliOutput {

inline QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace CliOutput
