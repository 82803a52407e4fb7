<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Demo</name>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="46" />
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="47" />
        <source>Intermediate</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="48" />
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="56" />
        <source>Hear</source>
        <translation>Hear</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="57" />
        <source>Empathy</source>
        <translation>Empathy</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="58" />
        <source>Partial apology</source>
        <translation>Partial apology</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="59" />
        <source>Full apology (fault confirmed)</source>
        <translation>Full apology (fault confirmed)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="60" />
        <source>Check (face-saving)</source>
        <translation>Check (face-saving)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="61" />
        <source>Refusal with alternative</source>
        <translation>Refusal with alternative</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="62" />
        <source>Record the demand verbatim</source>
        <translation>Record the demand verbatim</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="63" />
        <source>Decline the demand</source>
        <translation>Decline the demand</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="64" />
        <source>Fault confirmed</source>
        <translation>Fault confirmed</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="65" />
        <source>Hand off to</source>
        <translation>Hand off to</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="66" />
        <source>Promise a follow-up</source>
        <translation>Promise a follow-up</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="67" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="68" />
        <source>Close warmly</source>
        <translation>Close warmly</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="69" />
        <source>Say</source>
        <translation>Say</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="70" />
        <source>Customer voice tag</source>
        <translation>Customer voice tag</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="89" />
        <source>DEMO mode: practice calls, not saved in the real call log</source>
        <translation>DEMO mode: practice calls, not saved in the real call log</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="92" />
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="95" />
        <source>Practice call — never saved in the real call log</source>
        <translation>Practice call — never saved in the real call log</translation>
    </message>
</context>
<context>
    <name>DemoController</name>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="96" />
        <source>AssistDesk — DEMO (practice)</source>
        <translation>AssistDesk — DEMO (practice)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="133" />
        <source>trainee</source>
        <translation>trainee</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="160" />
        <source>Press F8 to hear the customer's first line.</source>
        <translation>Press F8 to hear the customer's first line.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="165" />
        <source>Practice call started: %1</source>
        <translation>Practice call started: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="172" />
        <source>Demands: %1</source>
        <translation>Demands: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="174" />
        <source>Must be handed off.</source>
        <translation>Must be handed off.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="183" />
        <source>Customer line %1 of %2</source>
        <translation>Customer line %1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="185" />
        <source>all said: finish with F12</source>
        <translation>all said: finish with F12</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="212" />
        <source>Trainer's note: %1</source>
        <translation>Trainer's note: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="256" />
        <source>Nothing to do yet: listen.</source>
        <translation>Nothing to do yet: listen.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="258" />
        <source>Ideal response:</source>
        <translation>Ideal response:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="309" />
        <source>Trainer marks saved.</source>
        <translation>Trainer marks saved.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="331" />
        <source>The report could not be kept: %1</source>
        <translation>The report could not be kept: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="334" />
        <source>Score: %1 / %2</source>
        <translation>Score: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="344" />
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="368" />
        <source>Practice call report</source>
        <translation>Practice call report</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="380" />
        <source>Trainee record</source>
        <translation>Trainee record</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="403" />
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="417" />
        <source>Report saved: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="440" />
        <source>Presenter mode on</source>
        <translation>Presenter mode on</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="440" />
        <source>Presenter mode off</source>
        <translation>Presenter mode off</translation>
    </message>
</context>
<context>
    <name>MarksDialog</name>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="323" />
        <source>Trainer marks</source>
        <translation>Trainer marks</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="326" />
        <source>Your marks override the automatic verdict. Leave “no mark” to keep it.</source>
        <translation>Your marks override the automatic verdict. Leave “no mark” to keep it.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="331" />
        <source>Check point</source>
        <translation>Check point</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="332" />
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="344" />
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="333" />
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="344" />
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="334" />
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="344" />
        <source>No mark</source>
        <translation>No mark</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="335" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="353" />
        <source>Note on %1</source>
        <translation>Note on %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="401" />
        <source>Trainee:</source>
        <translation>Trainee:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="403" />
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="411" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="415" />
        <source>Trainee record</source>
        <translation>Trainee record</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="416" />
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="417" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ScenarioPane</name>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="139" />
        <source>Practice scenarios</source>
        <translation>Practice scenarios</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="142" />
        <source>Trainee:</source>
        <translation>Trainee:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="144" />
        <source>Trainee name</source>
        <translation>Trainee name</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="150" />
        <source>Scenario list</source>
        <translation>Scenario list</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="155" />
        <source>Scenario brief</source>
        <translation>Scenario brief</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="158" />
        <source>Start this scenario</source>
        <translation>Start this scenario</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="159" />
        <source>Start the selected scenario</source>
        <translation>Start the selected scenario</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="164" />
        <source>Now playing</source>
        <translation>Now playing</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="171" />
        <source>Scenario progress</source>
        <translation>Scenario progress</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="176" />
        <source>What the customer just said</source>
        <translation>What the customer just said</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="181" />
        <source>Trainer's note for this line</source>
        <translation>Trainer's note for this line</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="186" />
        <source>Ideal response</source>
        <translation>Ideal response</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="189" />
        <source>Show the hidden facts (trainer only)</source>
        <translation>Show the hidden facts (trainer only)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="199" />
        <source>Next line (F8)</source>
        <translation>Next line (F8)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="200" />
        <source>Reveal the next customer line</source>
        <translation>Reveal the next customer line</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="201" />
        <source>Ideal response (F7)</source>
        <translation>Ideal response (F7)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="202" />
        <source>Show me</source>
        <translation>Show me</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="203" />
        <source>Play the ideal response on the panel</source>
        <translation>Play the ideal response on the panel</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="204" />
        <source>Trainer marks… (F9)</source>
        <translation>Trainer marks… (F9)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="205" />
        <source>Finish and score (F12)</source>
        <translation>Finish and score (F12)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="213" />
        <source>Advance by timer (Shift+F8)</source>
        <translation>Advance by timer (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="217" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="218" />
        <source>Seconds between lines</source>
        <translation>Seconds between lines</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="222" />
        <source>Speak the customer's lines</source>
        <translation>Speak the customer's lines</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="227" />
        <source>Trainee record</source>
        <translation>Trainee record</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="228" />
        <source>Presenter mode (Ctrl+Shift+P)</source>
        <translation>Presenter mode (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="278" />
        <source>No scenario selected.</source>
        <translation>No scenario selected.</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="282" />
        <source>Level: %1</source>
        <translation>Level: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="283" />
        <source>%1 customer lines</source>
        <translation>%1 customer lines</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="286" />
        <source>unreasonable demand</source>
        <translation>unreasonable demand</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="288" />
        <source>handoff needed</source>
        <translation>handoff needed</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="312" />
        <source>No text-to-speech voice is installed on this computer.</source>
        <translation>No text-to-speech voice is installed on this computer.</translation>
    </message>
</context>
</TS>