#pragma once

// What the benchmarks print: medians and worst cases of samples in milliseconds, and stdout to print them on.

#include <QTextStream>
#include <QVector>

#include <algorithm>

namespace figures {

inline QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline double median(QVector<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const int middle = int(samples.size()) / 2;
    return samples.size() % 2 ? samples.at(middle) : (samples.at(middle - 1) + samples.at(middle)) / 2;
}

inline double worst(const QVector<double>& samples)
{
    return samples.isEmpty() ? 0 : *std::max_element(samples.begin(), samples.end());
}

} // namespace figures
