; Per-user installer of the thongbao-editor bundle (Inno Setup 6).
;
; Built by scripts/build_bundle.py --installer on Windows (and by
; .github/workflows/windows-bundle.yml), which passes every name below as a
; /D define from packaging/bundle.toml, so nothing here repeats them:
;   ISCC /DAppName=... /DAppVersion=... /DBundleDir=... thongbao-editor.iss
;
; Installs without administrator rights (PrivilegesRequired=lowest) into
; %LOCALAPPDATA%\Programs\<AppName> ({autopf} in per-user mode), with
; Start-menu and optional desktop shortcuts, "Open with" for drafts registered
; under HKCU\Software\Classes (HKA in per-user mode), and an uninstaller.  An IT
; department may install for all users instead with /ALLUSERS (then {autopf}
; is Program Files and HKA is HKLM; that needs administrator rights).
; This file is saved as UTF-8 with a byte-order mark (Vietnamese messages).

#ifndef AppName
  #error Build with scripts/build_bundle.py --installer (it passes the names from packaging/bundle.toml)
#endif

[Setup]
; The AppId identifies the product for upgrades and the uninstaller: never change it.
AppId={{6B0F3C4E-2D7A-4E51-9A0B-7C1D5E8F2A94}
AppName={#AppDisplayName}
AppVersion={#AppVersion}
AppVerName={#AppDisplayName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppDisplayName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
UsePreviousPrivileges=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
UninstallDisplayName={#AppDisplayName}
UninstallDisplayIcon={app}\{#EditorExe}
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBase}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closes a running editor (Restart Manager) before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DesktopIcon=Tạo biểu tượng trên màn hình nền (Create a desktop shortcut)
english.Shortcuts=Biểu tượng (Shortcuts):
english.OpenNow=Mở trình soạn thông báo (Start the editor)

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:Shortcuts}"

[Files]
; The whole one-folder bundle: both programs and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's libraries wholesale (no stale modules).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppDisplayName}"; Filename: "{app}\{#EditorExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppDisplayName}"; Filename: "{app}\{#EditorExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; The draft type (ProgID): name, icon and how to open it.
Root: HKA; Subkey: "Software\Classes\{#DraftProgId}"; ValueType: string; ValueName: ""; ValueData: "{#DraftDescription}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#DraftProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#EditorExe},0"
Root: HKA; Subkey: "Software\Classes\{#DraftProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#EditorExe}"" ""%1"""
; Offered in "Open with" for drafts, without taking the extension over.
Root: HKA; Subkey: "Software\Classes\{#DraftExt}\OpenWithProgids"; ValueType: string; ValueName: "{#DraftProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#EditorExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppDisplayName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#EditorExe}\SupportedTypes"; ValueType: string; ValueName: "{#DraftExt}"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#EditorExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#EditorExe}"" ""%1"""

[Run]
Filename: "{app}\{#EditorExe}"; Description: "{cm:OpenNow}"; Flags: nowait postinstall skipifsilent
