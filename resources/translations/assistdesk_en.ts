<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>CallBar</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="22" />
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="23" />
        <source>Start call</source>
        <translation>Start call</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="24" />
        <source>Start a call (Ctrl+N)</source>
        <translation>Start a call (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="25" />
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="26" />
        <source>End call</source>
        <translation>End call</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="27" />
        <source>End the call (Ctrl+Shift+E)</source>
        <translation>End the call (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="30" />
        <source>Call duration</source>
        <translation>Call duration</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="32" />
        <source>Operator handling this call</source>
        <translation>Operator handling this call</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="42" />
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="43" />
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="45" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="46" />
        <source>Customer phone</source>
        <translation>Customer phone</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="48" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="49" />
        <source>Customer reference</source>
        <translation>Customer reference</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="63" />
        <source>Operator: %1</source>
        <translation>Operator: %1</translation>
    </message>
</context>
<context>
    <name>CallViewDialog</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="195" />
        <source>Past call (read-only)</source>
        <translation>Past call (read-only)</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="125" />
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="129" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="130" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="130" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="130" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="71" />
        <source>Ranked by what was said. Return copies the script; F fixed, X not fixed.</source>
        <translation>Ranked by what was said. Return copies the script; F fixed, X not fixed.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="75" />
        <source>Simple causes to check</source>
        <translation>Simple causes to check</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="87" />
        <source>What to say (face-saving script)</source>
        <translation>What to say (face-saving script)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="90" />
        <source>Result of this check</source>
        <translation>Result of this check</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="91" />
        <source>&lt;b&gt;Not fixed — try next:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Not fixed — try next:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="94" />
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="96" />
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="97" />
        <source>Copy script</source>
        <translation>Copy script</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="98" />
        <source>Fixed (F)</source>
        <translation>Fixed (F)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="99" />
        <source>Tried: fixed</source>
        <translation>Tried: fixed</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="100" />
        <source>Not fixed (X)</source>
        <translation>Not fixed (X)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="101" />
        <source>Tried: not fixed</source>
        <translation>Tried: not fixed</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="157" />
        <source>A faint match: worth checking only if nothing likelier fits</source>
        <translation>A faint match: worth checking only if nothing likelier fits</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="174" />
        <source>Why: %1 — Action: %2</source>
        <translation>Why: %1 — Action: %2</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="180" />
        <source>✓ Fixed</source>
        <translation>✓ Fixed</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="180" />
        <source>✗ Not fixed</source>
        <translation>✗ Not fixed</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../src/assistdesk/ui/crash.py" line="23" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/crash.py" line="24" />
        <source>AssistDesk hit an unexpected error. The call so far is saved and the panel keeps running. If this happens again, please send this file to your IT team:
%1</source>
        <translation>AssistDesk hit an unexpected error. The call so far is saved and the panel keeps running. If this happens again, please send this file to your IT team:
%1</translation>
    </message>
</context>
<context>
    <name>DemandCard</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="24" />
        <source>Demand guard</source>
        <translation>Demand guard</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="31" />
        <source>Demand detected</source>
        <translation>Demand detected</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="34" />
        <source>Guidance for you (not to be read out)</source>
        <translation>Guidance for you (not to be read out)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="38" />
        <source>Customer's words, recorded verbatim</source>
        <translation>Customer's words, recorded verbatim</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="39" />
        <source>What to say to the demand</source>
        <translation>What to say to the demand</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="42" />
        <source>More…</source>
        <translation>More…</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="44" />
        <source>Show all the guidance</source>
        <translation>Show all the guidance</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="47" />
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="48" />
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="49" />
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="50" />
        <source>Not a demand</source>
        <translation>Not a demand</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="86" />
        <source>Demand: %1</source>
        <translation>Demand: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="94" />
        <source>Recorded verbatim: %1</source>
        <translation>Recorded verbatim: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="99" />
        <source>Return in the Listen box records their words verbatim.</source>
        <translation>Return in the Listen box records their words verbatim.</translation>
    </message>
</context>
<context>
    <name>HandoffPanel</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/handoff.py" line="19" />
        <source>What was promised / notes</source>
        <translation>What was promised / notes</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/handoff.py" line="21" />
        <source>What was promised to the customer</source>
        <translation>What was promised to the customer</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/handoff.py" line="23" />
        <source>e.g. a call back tomorrow by noon with the repair date</source>
        <translation>e.g. a call back tomorrow by noon with the repair date</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/handoff.py" line="30" />
        <source>Everything heard and tried, so the customer never repeats.</source>
        <translation>Everything heard and tried, so the customer never repeats.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/handoff.py" line="32" />
        <source>Build and copy (Ctrl+H)</source>
        <translation>Build and copy (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/handoff.py" line="33" />
        <source>Build and copy the handoff summary</source>
        <translation>Build and copy the handoff summary</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/handoff.py" line="38" />
        <source>Handoff summary</source>
        <translation>Handoff summary</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/handoff.py" line="55" />
        <source>Copied to the clipboard.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="82" />
        <source>Search past calls</source>
        <translation>Search past calls</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="84" />
        <source>Search by name, phone, reference or words… (Ctrl+F)</source>
        <translation>Search by name, phone, reference or words… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="88" />
        <source>Clear the text</source>
        <translation>Clear the text</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="92" />
        <source>Past calls (Return opens, read-only)</source>
        <translation>Past calls (Return opens, read-only)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="94" />
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="95" />
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="97" />
        <source>What keeps recurring… (Ctrl+T)</source>
        <translation>What keeps recurring… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="98" />
        <source>What keeps recurring, for supervisors</source>
        <translation>What keeps recurring, for supervisors</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="123" />
        <source>%1 call(s) found.</source>
        <translation>%1 call(s) found.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="125" />
        <source>Recent calls.</source>
        <translation>Recent calls.</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="37" />
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="39" />
        <source>Intake category</source>
        <translation>Intake category</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="49" />
        <source>Intake progress</source>
        <translation>Intake progress</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="72" />
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="87" />
        <source>not yet known</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="88" />
        <source>Detect automatically (%1)</source>
        <translation>Detect automatically (%1)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="128" />
        <source>answer…</source>
        <translation>answer…</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="172" />
        <source>heard</source>
        <translation>heard</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="172" />
        <source>still unheard</source>
        <translation>still unheard</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="183" />
        <source>Heard %1 of %2.</source>
        <translation>Heard %1 of %2.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="185" />
        <source>Still unheard: %1</source>
        <translation>Still unheard: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="188" />
        <source>No intake template in the content packs.</source>
        <translation>No intake template in the content packs.</translation>
    </message>
</context>
<context>
    <name>ListenBox</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/listen.py" line="22" />
        <source>Customer's words</source>
        <translation>Customer's words</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/listen.py" line="24" />
        <source>Detected category and feeling</source>
        <translation>Detected category and feeling</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/listen.py" line="26" />
        <source>What the customer has said so far</source>
        <translation>What the customer has said so far</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/listen.py" line="33" />
        <source>Listen box: type what the customer says</source>
        <translation>Listen box: type what the customer says</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/listen.py" line="35" />
        <source>Type what the customer says… (Return records it, Ctrl+L comes back here)</source>
        <translation>Type what the customer says… (Return records it, Ctrl+L comes back here)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/listen.py" line="39" />
        <source>Clear the text</source>
        <translation>Clear the text</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/listen.py" line="62" />
        <source>Detected: %1</source>
        <translation>Detected: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="70" />
        <source>AssistDesk</source>
        <translation>AssistDesk</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="114" />
        <source>Call log repaired</source>
        <translation>Call log repaired</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="115" />
        <source>Understood</source>
        <translation>Understood</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="118" />
        <source>Content pack problems</source>
        <translation>Content pack problems</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="119" />
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="122" />
        <source>Unfinished call found</source>
        <translation>Unfinished call found</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="124" />
        <source>Resume (Ctrl+R)</source>
        <translation>Resume (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="124" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="126" />
        <source>Close it</source>
        <translation>Close it</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="135" />
        <source>Check before saying</source>
        <translation>Check before saying</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="140" />
        <source>Panel sections</source>
        <translation>Panel sections</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="148" />
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="149" />
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="150" />
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="151" />
        <source>Handoff</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="152" />
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="153" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="159" />
        <source>Stacked phrases</source>
        <translation>Stacked phrases</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="160" />
        <source>Copy stack</source>
        <translation>Copy stack</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="161" />
        <source>Copy stacked phrases (Ctrl+Return)</source>
        <translation>Copy stacked phrases (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="162" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="163" />
        <source>Clear stacked phrases</source>
        <translation>Clear stacked phrases</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="173" />
        <source>Autosave status</source>
        <translation>Autosave status</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="292" />
        <source>Call ended and saved.</source>
        <translation>Call ended and saved.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="392" />
        <source>Demand detected: stay calm, see the card.</source>
        <translation>Demand detected: stay calm, see the card.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="433" />
        <source>Unsaved changes…</source>
        <translation>Unsaved changes…</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="433" />
        <source>Not saved (no database)</source>
        <translation>Not saved (no database)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="514" />
        <source>Copied: %1</source>
        <translation>Copied: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="522" />
        <source>⚠ This admits full fault (“%1”) before the facts are confirmed. Apologise for the situation instead, or tick “fault confirmed” first.</source>
        <translation>⚠ This admits full fault (“%1”) before the facts are confirmed. Apologise for the situation instead, or tick “fault confirmed” first.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="526" />
        <source>Use a partial apology</source>
        <translation>Use a partial apology</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="531" />
        <source>⚠ A bare “no” (“%1”). Say it with a reason and an option instead:
%2</source>
        <translation>⚠ A bare “no” (“%1”). Say it with a reason and an option instead:
%2</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="535" />
        <source>Use the kinder wording</source>
        <translation>Use the kinder wording</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="539" />
        <source>Copy anyway</source>
        <translation>Copy anyway</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="541" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="569" />
        <source>Stacked (%1). Ctrl+Return copies them together.</source>
        <translation>Stacked (%1). Ctrl+Return copies them together.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="586" />
        <source>Stack (%1): %2</source>
        <translation>Stack (%1): %2</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="591" />
        <source>Stack: Space on a phrase adds it.</source>
        <translation>Stack: Space on a phrase adds it.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="620" />
        <source>✓ Nothing to warn about.</source>
        <translation>✓ Nothing to warn about.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="623" />
        <source>⚠ Admits full fault before the facts are confirmed: “%1”</source>
        <translation>⚠ Admits full fault before the facts are confirmed: “%1”</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="629" />
        <source>⚠ A bare “no”. Kinder: %1</source>
        <translation>⚠ A bare “no”. Kinder: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="636" />
        <source>No call yet: nothing to hand off.</source>
        <translation>No call yet: nothing to hand off.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="644" />
        <source>Handoff summary copied.</source>
        <translation>Handoff summary copied.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="654" />
        <source>⚠ Not saved: %1 (kept in memory, retrying)</source>
        <translation>⚠ Not saved: %1 (kept in memory, retrying)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="657" />
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="663" />
        <source>An unfinished call (started %1) was found. Resume it?</source>
        <translation>An unfinished call (started %1) was found. Resume it?</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="680" />
        <source>Finish the current call first.</source>
        <translation>Finish the current call first.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="683" />
        <source>Call resumed.</source>
        <translation>Call resumed.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="701" />
        <source>No database: history is not available.</source>
        <translation>No database: history is not available.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="713" />
        <source>That call could not be opened.</source>
        <translation>That call could not be opened.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="715" />
        <source>Call handled by %1 (read-only)</source>
        <translation>Call handled by %1 (read-only)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="726" />
        <source>No database: figures are not available.</source>
        <translation>No database: figures are not available.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="743" />
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="746" />
        <source>Content pack problems — the last good content is still in use:</source>
        <translation>Content pack problems — the last good content is still in use:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="748" />
        <source>Content pack problems — the bundled content is in use:</source>
        <translation>Content pack problems — the bundled content is in use:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="750" />
        <source>Content pack problems — no suggestions until they are fixed:</source>
        <translation>Content pack problems — no suggestions until they are fixed:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="752" />
        <source>Content pack problems:</source>
        <translation>Content pack problems:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="804" />
        <source>The call log was damaged and has been repaired. Please tell your supervisor. Details:</source>
        <translation>The call log was damaged and has been repaired. Please tell your supervisor. Details:</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="368" />
        <source>Understood (理解)</source>
        <translation>Understood (理解)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="369" />
        <source>Accepted (納得)</source>
        <translation>Accepted (納得)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="370" />
        <source>Satisfied (満足)</source>
        <translation>Satisfied (満足)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="371" />
        <source>Unresolved</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="372" />
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <location filename="../../src/assistdesk/ui/app.py" line="123" />
        <source>⚠ No database: %1</source>
        <translation>⚠ No database: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/app.py" line="156" />
        <source>Welcome! Enter your operator name to start.</source>
        <translation>Welcome! Enter your operator name to start.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/app.py" line="228" />
        <source>Language, packs and database change after this call.</source>
        <translation>Language, packs and database change after this call.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/app.py" line="303" />
        <source>Ready in %1 s</source>
        <translation>Ready in %1 s</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="379" />
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="380" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="381" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="382" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="383" />
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="384" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="385" />
        <source>Reference number</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="386" />
        <source>Number of days</source>
        <translation>Number of days</translation>
    </message>
</context>
<context>
    <name>PlaceholderDialog</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="157" />
        <source>Fill in before saying</source>
        <translation>Fill in before saying</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="102" />
        <source>Enter your operator name first (Ctrl+,).</source>
        <translation>Enter your operator name first (Ctrl+,).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="49" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="53" />
        <source>Operator name</source>
        <translation>Operator name</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="55" />
        <source>Company name (for phrases)</source>
        <translation>Company name (for phrases)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="57" />
        <source>Language of the panel and the content</source>
        <translation>Language of the panel and the content</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="63" />
        <source>Content pack folder</source>
        <translation>Content pack folder</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="64" />
        <source>(bundled packs)</source>
        <translation>(bundled packs)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="65" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="66" />
        <source>Browse for a pack folder</source>
        <translation>Browse for a pack folder</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="71" />
        <source>Database location or URL</source>
        <translation>Database location or URL</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="72" />
        <source>(SQLite in your data folder)</source>
        <translation>(SQLite in your data folder)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="73" />
        <source>Keep the panel above other windows</source>
        <translation>Keep the panel above other windows</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="74" />
        <source>Always on top</source>
        <translation>Always on top</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="77" />
        <source>Font size</source>
        <translation>Font size</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="80" />
        <source>&amp;Operator</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="81" />
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="82" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="85" />
        <source>&amp;Pack folder</source>
        <translation>&amp;Pack folder</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="88" />
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="90" />
        <source>&amp;Font size</source>
        <translation>&amp;Font size</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="92" />
        <source>Language, packs and database apply at once when no call is open.</source>
        <translation>Language, packs and database apply at once when no call is open.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="105" />
        <source>Pack folder</source>
        <translation>Pack folder</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="67" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="68" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="69" />
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="70" />
        <source>Handoff</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="71" />
        <source>Demand</source>
        <translation>Demand</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="72" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="73" />
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="74" />
        <source>In a phrase list</source>
        <translation>In a phrase list</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="75" />
        <source>In the checks list</source>
        <translation>In the checks list</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="76" />
        <source>In an intake answer</source>
        <translation>In an intake answer</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="77" />
        <source>In wrap-up</source>
        <translation>In wrap-up</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="78" />
        <source>Start a call</source>
        <translation>Start a call</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="79" />
        <source>End the call (after wrap-up)</source>
        <translation>End the call (after wrap-up)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="82" />
        <source>Type the customer's words (Listen box)</source>
        <translation>Type the customer's words (Listen box)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="85" />
        <source>Customer name / phone / reference</source>
        <translation>Customer name / phone / reference</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="88" />
        <source>Intake: what is still unheard</source>
        <translation>Intake: what is still unheard</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="91" />
        <source>Simple-cause checks</source>
        <translation>Simple-cause checks</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="92" />
        <source>Words: empathy, apology, alternatives</source>
        <translation>Words: empathy, apology, alternatives</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="95" />
        <source>Handoff summary</source>
        <translation>Handoff summary</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="96" />
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="97" />
        <source>History and follow-ups</source>
        <translation>History and follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="98" />
        <source>Copy the phrase under focus</source>
        <translation>Copy the phrase under focus</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="101" />
        <source>Copy the first empathy line</source>
        <translation>Copy the first empathy line</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="104" />
        <source>Copy the first partial apology</source>
        <translation>Copy the first partial apology</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="107" />
        <source>Copy all stacked phrases together</source>
        <translation>Copy all stacked phrases together</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="110" />
        <source>Clear the stack</source>
        <translation>Clear the stack</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="111" />
        <source>Build the handoff summary and copy it</source>
        <translation>Build the handoff summary and copy it</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="114" />
        <source>Go to the demand card</source>
        <translation>Go to the demand card</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="115" />
        <source>Resume the unfinished call</source>
        <translation>Resume the unfinished call</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="118" />
        <source>Search past calls</source>
        <translation>Search past calls</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="119" />
        <source>What keeps recurring (for supervisors)</source>
        <translation>What keeps recurring (for supervisors)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="122" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="123" />
        <source>This list of shortcuts</source>
        <translation>This list of shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="124" />
        <source>Copy the selected phrase</source>
        <translation>Copy the selected phrase</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="127" />
        <source>Add the selected phrase to the stack</source>
        <translation>Add the selected phrase to the stack</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="130" />
        <source>Tried: it fixed the problem</source>
        <translation>Tried: it fixed the problem</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="133" />
        <source>Tried: not fixed (shows what to try next)</source>
        <translation>Tried: not fixed (shows what to try next)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="136" />
        <source>Save the answer, go to the next unheard one</source>
        <translation>Save the answer, go to the next unheard one</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="139" />
        <source>Outcome: understood … escalated</source>
        <translation>Outcome: understood … escalated</translation>
    </message>
</context>
<context>
    <name>TrendsDialog</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="80" />
        <source>What keeps recurring</source>
        <translation>What keeps recurring</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="83" />
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="85" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="87" />
        <source>Last %1 days</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="95" />
        <source>Causes checked (most frequent first)</source>
        <translation>Causes checked (most frequent first)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="97" />
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="97" />
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="97" />
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="97" />
        <source>Not fixed</source>
        <translation>Not fixed</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="98" />
        <source>Causes checked</source>
        <translation>Causes checked</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="101" />
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="146" />
        <source>Prevention ideas (再発防止策)</source>
        <translation>Prevention ideas (再発防止策)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="102" />
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="102" />
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="105" />
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="108" />
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="102" />
        <source>Prevention ideas</source>
        <translation>Prevention ideas</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="104" />
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="147" />
        <source>Voice of the customer</source>
        <translation>Voice of the customer</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="105" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="105" />
        <source>Voice-of-customer tags</source>
        <translation>Voice-of-customer tags</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="107" />
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="108" />
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="148" />
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="108" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="112" />
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="113" />
        <source>Copy the figures as text</source>
        <translation>Copy the figures as text</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="126" />
        <source>No database: figures are not available.</source>
        <translation>No database: figures are not available.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="133" />
        <source>%1 calls in the last %2 days (practice calls excluded).</source>
        <translation>%1 calls in the last %2 days (practice calls excluded).</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="150" />
        <source>Causes checked (fixed / not fixed)</source>
        <translation>Causes checked (fixed / not fixed)</translation>
    </message>
</context>
<context>
    <name>WordsPanel</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="41" />
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="159" />
        <source>1. Empathy first</source>
        <translation>1. Empathy first</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="43" />
        <source>Empathy lines</source>
        <translation>Empathy lines</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="48" />
        <source>2. Apologise for the situation (partial)</source>
        <translation>2. Apologise for the situation (partial)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="50" />
        <source>Situation to apologise for</source>
        <translation>Situation to apologise for</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="52" />
        <source>Partial apology lines</source>
        <translation>Partial apology lines</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="57" />
        <source>Our fault is confirmed (facts checked)</source>
        <translation>Our fault is confirmed (facts checked)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="58" />
        <source>Our fault is confirmed</source>
        <translation>Our fault is confirmed</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="61" />
        <source>Full apology — only after the facts are known; the panel warns before then.</source>
        <translation>Full apology — only after the facts are known; the panel warns before then.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="64" />
        <source>Full apology lines</source>
        <translation>Full apology lines</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="69" />
        <source>3. Can't do it? Offer an alternative</source>
        <translation>3. Can't do it? Offer an alternative</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="73" />
        <source>Refusal category</source>
        <translation>Refusal category</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="75" />
        <source>Apology that it cannot be done</source>
        <translation>Apology that it cannot be done</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="77" />
        <source>Reason, given at once</source>
        <translation>Reason, given at once</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="79" />
        <source>Alternatives to offer (Space ticks)</source>
        <translation>Alternatives to offer (Space ticks)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="82" />
        <source>Something useful on top</source>
        <translation>Something useful on top</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="88" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="89" />
        <source>Apology</source>
        <translation>Apology</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="90" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="91" />
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="92" />
        <source>Extra</source>
        <translation>Extra</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="97" />
        <source>Refusal to say</source>
        <translation>Refusal to say</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="101" />
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="102" />
        <source>Copy refusal</source>
        <translation>Copy refusal</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="103" />
        <source>Add to stack</source>
        <translation>Add to stack</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="104" />
        <source>Add refusal to stack</source>
        <translation>Add refusal to stack</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="111" />
        <source>Your own words (checked as you type)</source>
        <translation>Your own words (checked as you type)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="113" />
        <source>Your own words</source>
        <translation>Your own words</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="114" />
        <source>Type what you are about to say…</source>
        <translation>Type what you are about to say…</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="117" />
        <source>Check of your own words</source>
        <translation>Check of your own words</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="162" />
        <source>1. Empathy first — %1</source>
        <translation>1. Empathy first — %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="235" />
        <source>(no extra)</source>
        <translation>(no extra)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="298" />
        <source>Tick at least one alternative: never just say no.</source>
        <translation>Tick at least one alternative: never just say no.</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="40" />
        <source>Outcome (Alt+1…5)</source>
        <translation>Outcome (Alt+1…5)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="59" />
        <source>Immediate action (対処策)</source>
        <translation>Immediate action (対処策)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="60" />
        <source>what fixed it now</source>
        <translation>what fixed it now</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="62" />
        <source>Prevention idea (再発防止策)</source>
        <translation>Prevention idea (再発防止策)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="63" />
        <source>what would stop it happening again</source>
        <translation>what would stop it happening again</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="64" />
        <source>Immediate action</source>
        <translation>Immediate action</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="65" />
        <source>Prevention</source>
        <translation>Prevention</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="67" />
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="68" />
        <source>Promise a follow-up</source>
        <translation>Promise a follow-up</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="71" />
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="78" />
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="81" />
        <source>Follow-up note</source>
        <translation>Follow-up note</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="79" />
        <source>what to do then</source>
        <translation>what to do then</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="83" />
        <source>Voice-of-customer tags</source>
        <translation>Voice-of-customer tags</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="84" />
        <source>tags, separated by commas; Return adds</source>
        <translation>tags, separated by commas; Return adds</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="85" />
        <source>Customer's voice</source>
        <translation>Customer's voice</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="88" />
        <source>Tags on this call</source>
        <translation>Tags on this call</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="91" />
        <source>Close warmly</source>
        <translation>Close warmly</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="92" />
        <source>Closing lines</source>
        <translation>Closing lines</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="100" />
        <source>End call (Ctrl+Shift+E)</source>
        <translation>End call (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="101" />
        <source>End call</source>
        <translation>End call</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="197" />
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="199" />
        <source>immediate action</source>
        <translation>immediate action</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="201" />
        <source>Still to fill: %1</source>
        <translation>Still to fill: %1</translation>
    </message>
</context>
</TS>
