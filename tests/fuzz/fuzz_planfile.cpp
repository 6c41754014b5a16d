// libFuzzer target: the plan-file (JSON) reader on any bytes.
#include "planfile.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QVector<ImportProblem> problems;
    PlanFile::read(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), &problems);
    return 0;
}
