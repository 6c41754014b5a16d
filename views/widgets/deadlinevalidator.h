#pragma once

#include <QValidator>

// Accepts what Deadline::parse accepts. Anything else is "intermediate", so the item view keeps the editor open on
// Enter or Tab, and problem() says why.
class DeadlineValidator : public QValidator
{
    Q_OBJECT

public:
    using QValidator::QValidator;
    State validate(QString& input, int& position) const override;
    // Why the text is not a deadline, or empty when it is one.
    static QString problem(const QString& text);
};
