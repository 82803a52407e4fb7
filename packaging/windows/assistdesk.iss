; Inno Setup script for AssistDesk (per-user install, no administrator rights).
;
; Built by the release workflow after `pyinstaller build.spec`:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\AssistDesk packaging\windows\assistdesk.iss
; The user's call log lives in %LOCALAPPDATA%\AssistDesk (the per-user data folder), not
; in the install folder, so an upgrade or uninstall never touches it unless the user
; asks for it to be removed.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\AssistDesk"
#endif
#define AppName "AssistDesk"
#define AppExe "AssistDesk.exe"

[Setup]
AppId={{6C1B8E52-3F0A-4C3E-9E0B-2B1D6A7C4F11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=AssistDesk
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=AssistDesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\assistdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
japanese.DeleteData=通話記録と設定（%1）も削除しますか？%n%n「いいえ」を選ぶと、記録は残り、再インストール後にそのまま使えます。
english.DeleteData=Also delete the call log and settings (%1)?%n%nChoose No to keep them; a reinstall will pick them up again.
japanese.StartAfter=AssistDesk を起動する
english.StartAfter=Launch AssistDesk

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:StartAfter}"; Flags: nowait postinstall skipifsilent

[Code]
const
  DataDirName = 'AssistDesk';

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\') + DataDirName;
    if DirExists(DataDir) and not UninstallSilent() then
    begin
      if MsgBox(FmtMessage(CustomMessage('DeleteData'), [DataDir]), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
    end;
  end;
end;
