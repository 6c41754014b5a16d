#include "deadlinevalidator.h"

#include "deadline.h"

QValidator::State DeadlineValidator::validate(QString& input, int&) const
{
    return problem(input).isEmpty() ? Acceptable : Intermediate;
}

QString DeadlineValidator::problem(const QString& text)
{
    QString error;
    return Deadline::parse(text, &error) ? QString() : error;
}
