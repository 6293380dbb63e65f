; Inno Setup script of the Press Contacts installer for Windows (Inno Setup 6.3 or later).
;
; First build the program with `python packaging\build.py` (it also sets AppVersion below
; from pyproject.toml), then compile this script:
;
;     iscc packaging\windows\press-contacts.iss
;
; which writes dist\press-contacts-<version>-windows-x86_64-setup.exe. The installer needs
; no administrator rights: it installs for the current user, into
; %LOCALAPPDATA%\Programs\Press Contacts, with a Start menu entry, "Open with" for .vcf
; files and an uninstaller (Settings > Apps). The data folder (contacts, settings,
; backups, in %LOCALAPPDATA%\press-contacts) is never touched by installing, upgrading
; or uninstalling.

#define AppVersion "0.1.0"
#define AppName "Press Contacts"
#define AppExe "press-contacts.exe"
#define ProgId "PressContacts.vCard"

[Setup]
; The AppId identifies the program across upgrades: never change it.
AppId={{52C0E11A-2D90-4744-A19B-4ED0A2C2174E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Press Contacts developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; A per-user install: {autopf} is %LOCALAPPDATA%\Programs, registry entries go to HKCU.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=press-contacts-{#AppVersion}-windows-x86_64-setup
SetupIconFile=build\bundle\press-contacts.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
; An upgrade closes a running Press Contacts first, and starts it again if it was open.
CloseApplications=yes
RestartApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's files whole: nothing of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\press-contacts\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .vcf files: Press Contacts is offered in "Open with" (the import preview), without taking
; the association away from the program the user chose.
Root: HKA; Subkey: "Software\Classes\.vcf\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "vCard"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".vcf"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
