<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DataRestore</name>
    <message numerus="yes">
        <source>%n treatment plan versions</source>
        <translation>
            <numerusform>%n treatment plan version</numerusform>
            <numerusform>%n treatment plan versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses logged</source>
        <translation>
            <numerusform>%n dose logged</numerusform>
            <numerusform>%n doses logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diary entries</source>
        <translation>
            <numerusform>%n diary entry</numerusform>
            <numerusform>%n diary entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mood check-ins</source>
        <translation>
            <numerusform>%n mood check-in</numerusform>
            <numerusform>%n mood check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vaccinations</source>
        <translation>
            <numerusform>%n vaccination</numerusform>
            <numerusform>%n vaccinations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contraception reminders answered</source>
        <translation>
            <numerusform>%n contraception reminder answered</numerusform>
            <numerusform>%n contraception reminders answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pregnancy events</source>
        <translation>
            <numerusform>%n pregnancy event</numerusform>
            <numerusform>%n pregnancy events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries of pens or syringes</source>
        <translation>
            <numerusform>%n delivery of pens or syringes</numerusform>
            <numerusform>%n deliveries of pens or syringes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDataDialog</name>
    <message numerus="yes">
        <source>Removed from this computer&apos;s folder (%n files in all): your data file, its backups, the log files and any set-aside files. They were deleted, not securely wiped.</source>
        <translation>
            <numerusform>Removed from this computer&apos;s folder (%n file in all): your data file, its backups, the log files and any set-aside files. It was deleted, not securely wiped.</numerusform>
            <numerusform>Removed from this computer&apos;s folder (%n files in all): your data file, its backups, the log files and any set-aside files. They were deleted, not securely wiped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LengthLimit</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>Saved %n doses to %1.</source>
        <translation>
            <numerusform>Saved %n dose to %1.</numerusform>
            <numerusform>Saved %n doses to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n diary entries to %1.</source>
        <translation>
            <numerusform>Saved %n diary entry to %1.</numerusform>
            <numerusform>Saved %n diary entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n deliveries to %1.</source>
        <translation>
            <numerusform>Saved %n delivery to %1.</numerusform>
            <numerusform>Saved %n deliveries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved a FHIR bundle of %n entries to %1.</source>
        <translation>
            <numerusform>Saved a FHIR bundle of %n entry to %1.</numerusform>
            <numerusform>Saved a FHIR bundle of %n entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the next %n doses to %1. Open it with your calendar app.</source>
        <translation>
            <numerusform>Saved the next dose (%n) to %1. Open it with your calendar app.</numerusform>
            <numerusform>Saved the next %n doses to %1. Open it with your calendar app.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entries</source>
        <translation>
            <numerusform>%n new entry</numerusform>
            <numerusform>%n new entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in your diary</source>
        <translation>
            <numerusform>%n already in your diary</numerusform>
            <numerusform>%n already in your diary</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors</source>
        <translation>
            <numerusform>%n row with errors</numerusform>
            <numerusform>%n rows with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n entries</source>
        <translation>
            <numerusform>&amp;Import %n entry</numerusform>
            <numerusform>&amp;Import %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n diary entries from %1.</source>
        <translation>
            <numerusform>Imported %n diary entry from %1.</numerusform>
            <numerusform>Imported %n diary entries from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuppliesCard</name>
    <message numerus="yes">
        <source>On hand: %n pens or syringes.</source>
        <translation>
            <numerusform>On hand: %n pen or syringe.</numerusform>
            <numerusform>On hand: %n pens or syringes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pens will be past their expiry date on %1: do not use them then.</source>
        <translation>
            <numerusform>%n pen will be past its expiry date on %1: do not use it then.</numerusform>
            <numerusform>%n pens will be past their expiry date on %1: do not use them then.</numerusform>
        </translation>
    </message>
</context>
</TS>
