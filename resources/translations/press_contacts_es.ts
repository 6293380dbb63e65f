<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Press Contacts</source>
        <translation>Acerca de Press Contacts</translation>
    </message>
    <message>
        <source>Press Contacts icon</source>
        <translation>Icono de Press Contacts</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Press officers and mission contacts, checked, with the contact block of every press release in its language.</source>
        <translation>Responsables de prensa y contactos de las misiones, verificados, con el bloque de contactos de cada comunicado en su idioma.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>PySide6:</source>
        <translation>PySide6:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>Database engine:</source>
        <translation>Motor de base de datos:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Archivo de la base:</translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation>Servidor de la base:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>Licencia Pública General de GNU, versión 3 o posterior</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy these details for a bug report</source>
        <translation>Copiar estos datos para un informe de error</translation>
    </message>
    <message>
        <source>Copy these details, to paste into a bug report</source>
        <translation>Copiar estos datos, para pegarlos en un informe de error</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>An unexpected error stopped the work. The message that opened has the details.</source>
        <translation>Un error inesperado detuvo el trabajo. El mensaje que se abrió tiene los detalles.</translation>
    </message>
</context>
<context>
    <name>BlockPreview</name>
    <message>
        <source>No block can be made: {reason}</source>
        <translation>No se puede componer el bloque: {reason}</translation>
    </message>
    <message>
        <source>Published on {date}. This is the block as printed: later changes to these contacts do not alter it.</source>
        <translation>Publicado el {date}. Este es el bloque tal como se publicó: los cambios posteriores en estos contactos no lo alteran.</translation>
    </message>
    <message>
        <source>Nothing to check: the block is frozen.</source>
        <translation>Nada que revisar: el bloque está congelado.</translation>
    </message>
    <message>
        <source>Add contacts to see the block.</source>
        <translation>Añada contactos para ver el bloque.</translation>
    </message>
    <message>
        <source>No warnings: every contact is reachable and was verified recently.</source>
        <translation>Sin advertencias: todos los contactos están localizables y se verificaron hace poco.</translation>
    </message>
    <message>
        <source>{name} has left the organisation.</source>
        <translation>{name} ha dejado la organización.</translation>
    </message>
    <message>
        <source>{name} has no valid phone number or e-mail address.</source>
        <translation>{name} no tiene ningún teléfono ni correo electrónico válido.</translation>
    </message>
    <message>
        <source>{name} has a phone number that is left out because it is invalid: {number}</source>
        <translation>{name} tiene un teléfono no válido, que se omite: {number}</translation>
    </message>
    <message>
        <source>{name} has no job title in {language}: the block prints the English one ({title}). Add the translation in the contact’s details.</source>
        <translation>{name} no tiene cargo en el idioma del comunicado ({language}): el bloque imprime el cargo en inglés ({title}). Añada la traducción en la ficha del contacto.</translation>
    </message>
    <message>
        <source>{name} has never been verified.</source>
        <translation>{name} nunca se ha verificado.</translation>
    </message>
    <message>
        <source>{name} was last verified on {date}, more than a year ago.</source>
        <translation>{name} se verificó por última vez el {date}, hace más de un año.</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Diseño:</translation>
    </message>
    <message>
        <source>Stacked (one detail a line)</source>
        <translation>Apilado (un dato por línea)</translation>
    </message>
    <message>
        <source>Inline (one sentence per contact)</source>
        <translation>En línea (una frase por contacto)</translation>
    </message>
    <message>
        <source>Block layout</source>
        <translation>Diseño del bloque</translation>
    </message>
    <message>
        <source>&amp;Copy block</source>
        <translation>&amp;Copiar el bloque</translation>
    </message>
    <message>
        <source>Copies the block with its formatting and as plain text, so it pastes well into Word, a CMS or a plain-text e-mail.</source>
        <translation>Copia el bloque con su formato y como texto sin formato, para pegarlo bien en Word, un CMS o un correo de texto sin formato.</translation>
    </message>
    <message>
        <source>Copy the block</source>
        <translation>Copiar el bloque</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Con formato</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Block formats</source>
        <translation>Formatos del bloque</translation>
    </message>
    <message>
        <source>Block preview, formatted</source>
        <translation>Vista previa del bloque, con formato</translation>
    </message>
    <message>
        <source>Block preview, plain text</source>
        <translation>Vista previa del bloque, texto sin formato</translation>
    </message>
    <message>
        <source>Block preview, Markdown</source>
        <translation>Vista previa del bloque, Markdown</translation>
    </message>
    <message>
        <source>Check before printing</source>
        <translation>Revisar antes de publicar</translation>
    </message>
    <message>
        <source>Warnings about the block&apos;s contacts</source>
        <translation>Advertencias sobre los contactos del bloque</translation>
    </message>
    <message>
        <source>Publication note</source>
        <translation>Nota de publicación</translation>
    </message>
</context>
<context>
    <name>ChannelRows</name>
    <message>
        <source>Phone {n} kind</source>
        <translation>Tipo del teléfono {n}</translation>
    </message>
    <message>
        <source>Phone {n} number</source>
        <translation>Número del teléfono {n}</translation>
    </message>
    <message>
        <source>Phone {n} check</source>
        <translation>Comprobación del teléfono {n}</translation>
    </message>
    <message>
        <source>Use the suggested number for phone {n}</source>
        <translation>Usar el número sugerido para el teléfono {n}</translation>
    </message>
    <message>
        <source>Keep phone {n} as typed</source>
        <translation>Conservar el teléfono {n} tal como se escribió</translation>
    </message>
    <message>
        <source>Remove phone {n}</source>
        <translation>Quitar el teléfono {n}</translation>
    </message>
    <message>
        <source>Reads as {number} ({details})</source>
        <translation>Se interpreta como {number} ({details})</translation>
    </message>
    <message>
        <source>This number looks invalid: {reason}.</source>
        <translation>Este número parece no válido: {reason}.</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>¿Quería decir {suggestion}?</translation>
    </message>
    <message>
        <source>Use {suggestion}</source>
        <translation>Usar {suggestion}</translation>
    </message>
    <message>
        <source>Use this number</source>
        <translation>Usar este número</translation>
    </message>
    <message>
        <source>E-mail {n} kind</source>
        <translation>Tipo del correo {n}</translation>
    </message>
    <message>
        <source>E-mail {n} address</source>
        <translation>Dirección del correo {n}</translation>
    </message>
    <message>
        <source>E-mail {n} check</source>
        <translation>Comprobación del correo {n}</translation>
    </message>
    <message>
        <source>Use the address found in e-mail {n}</source>
        <translation>Usar la dirección encontrada en el correo {n}</translation>
    </message>
    <message>
        <source>Remove e-mail {n}</source>
        <translation>Quitar el correo {n}</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>Usar esta dirección</translation>
    </message>
    <message>
        <source>Will be saved as {address}</source>
        <translation>Se guardará como {address}</translation>
    </message>
    <message>
        <source>+86 10 5979 9695 ext. 203</source>
        <translation>+86 10 5979 9695 ext. 203</translation>
    </message>
    <message>
        <source>Keep as typed</source>
        <translation>Conservar tal cual</translation>
    </message>
    <message>
        <source>Store this number although it looks invalid; it stays flagged as invalid.</source>
        <translation>Guardar este número aunque parezca no válido; seguirá marcado como no válido.</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>Use {address}</source>
        <translation>Usar {address}</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>No es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <source>Add a phone number</source>
        <translation>Añadir un número de teléfono</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Añadir correo</translation>
    </message>
    <message>
        <source>Add an e-mail address</source>
        <translation>Añadir una dirección de correo</translation>
    </message>
    <message>
        <source>It will be kept as typed and flagged as invalid.</source>
        <translation>Se conservará tal cual y marcado como no válido.</translation>
    </message>
    <message>
        <source>Correct it, use the suggestion, or tick “Keep as typed” to store it flagged.</source>
        <translation>Corríjalo, use la sugerencia o marque «Conservar tal cual» para guardarlo marcado.</translation>
    </message>
    <message>
        <source>it is not a valid number</source>
        <translation>no es un número válido</translation>
    </message>
    <message>
        <source>A valid address</source>
        <translation>Dirección válida</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>You both changed the highlighted fields. Keep their values, keep yours, or choose in each row; nothing is saved until you do.</source>
        <translation>Ambos cambiaron los campos resaltados. Conserve sus valores, los suyos propios, o elija en cada fila; no se guarda nada hasta que lo haga.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar la suya</translation>
    </message>
    <message>
        <source>Their values for the fields you both changed; your other changes are saved.</source>
        <translation>Sus valores para los campos que ambos cambiaron; sus otros cambios se guardan.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Your values for every field you changed, saved over theirs.</source>
        <translation>Sus valores para cada campo que cambió, guardados sobre los de la otra persona.</translation>
    </message>
    <message>
        <source>Save my choices</source>
        <translation>Guardar mis elecciones</translation>
    </message>
    <message>
        <source>Each field from the side chosen in its row.</source>
        <translation>Cada campo del lado elegido en su fila.</translation>
    </message>
    <message>
        <source>Back to the form; nothing is saved.</source>
        <translation>Volver al formulario; no se guarda nada.</translation>
    </message>
    <message>
        <source>Changed by both of you</source>
        <translation>Cambiado por ambos</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation>Cambiado por usted</translation>
    </message>
    <message>
        <source>your version</source>
        <translation>su versión</translation>
    </message>
    <message>
        <source>their version</source>
        <translation>la versión de la otra persona</translation>
    </message>
    <message>
        <source>{who} saved {name} at {when}, after you opened it.</source>
        <translation>{who} guardó {name} el {when}, después de que usted lo abriera.</translation>
    </message>
    <message>
        <source>Their version ({who})</source>
        <translation>Versión de {who}</translation>
    </message>
    <message>
        <source>Changed by {who}</source>
        <translation>Cambiado por {who}</translation>
    </message>
    <message>
        <source>{field}, {side}: {value}</source>
        <translation>{field}, {side}: {value}</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact card</source>
        <translation>Ficha del contacto</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit this contact</source>
        <translation>Editar este contacto</translation>
    </message>
    <message>
        <source>Edit this contact ({shortcut})</source>
        <translation>Editar este contacto ({shortcut})</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore this contact</source>
        <translation>Restaurar este contacto</translation>
    </message>
    <message>
        <source>Cited in releases</source>
        <translation>Citado en comunicados</translation>
    </message>
    <message>
        <source>Releases that cite this contact</source>
        <translation>Comunicados que citan este contacto</translation>
    </message>
    <message>
        <source>No release cites this contact yet.</source>
        <translation>Ningún comunicado cita todavía este contacto.</translation>
    </message>
    <message>
        <source>Deleted on {date}. Restore it to edit it again.</source>
        <translation>Eliminado el {date}. Restáurelo para volver a editarlo.</translation>
    </message>
    <message>
        <source>Has left the organisation.</source>
        <translation>Ha dejado la organización.</translation>
    </message>
    <message>
        <source>Phone ({kind}):</source>
        <translation>Teléfono ({kind}):</translation>
    </message>
    <message>
        <source>Phone, {kind}</source>
        <translation>Teléfono, {kind}</translation>
    </message>
    <message>
        <source>E-mail ({kind}):</source>
        <translation>Correo ({kind}):</translation>
    </message>
    <message>
        <source>E-mail, {kind}</source>
        <translation>Correo, {kind}</translation>
    </message>
    <message>
        <source>No phone or e-mail yet.</source>
        <translation>Todavía sin teléfono ni correo.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <source>Last verified:</source>
        <translation>Última verificación:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Kept as typed: this number looks invalid. Click to copy it.</source>
        <translation>Guardado tal como se escribió: este número parece no válido. Haga clic para copiarlo.</translation>
    </message>
    <message>
        <source>Copied {value}</source>
        <translation>Copiado {value}</translation>
    </message>
    <message>
        <source>{date} · {language} · {status}</source>
        <translation>{date} · {language} · {status}</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Select a contact in the list, or add a new one.</source>
        <translation>Seleccione un contacto en la lista o añada uno nuevo.</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Guardar el contacto</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore this contact</source>
        <translation>Restaurar este contacto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Ms, Mr, Dr…</source>
        <translation>Sra., Sr., Dr.…</translation>
    </message>
    <message>
        <source>&amp;Honorific:</source>
        <translation>&amp;Tratamiento:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre de pila:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Oficina:</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Job title in English</source>
        <translation>Cargo en inglés</translation>
    </message>
    <message>
        <source>Job title in French</source>
        <translation>Cargo en francés</translation>
    </message>
    <message>
        <source>Job title in Spanish</source>
        <translation>Cargo en español</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>Job title (F&amp;rench):</source>
        <translation>Cargo (f&amp;rancés):</translation>
    </message>
    <message>
        <source>Job title (S&amp;panish):</source>
        <translation>Cargo (es&amp;pañol):</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Teléfono y correo electrónico</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Teléfonos:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Idiomas que habla</translation>
    </message>
    <message>
        <source>Language codes, e.g. en, fr, zh</source>
        <translation>Códigos de idioma, p. ej. en, fr, zh</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>&amp;Verified on</source>
        <translation>&amp;Verificado el</translation>
    </message>
    <message>
        <source>Details verified</source>
        <translation>Datos verificados</translation>
    </message>
    <message>
        <source>Date the details were last verified</source>
        <translation>Fecha de la última verificación de los datos</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>Verified &amp;today</source>
        <translation>Verificado &amp;hoy</translation>
    </message>
    <message>
        <source>Mark the details as verified today</source>
        <translation>Marcar los datos como verificados hoy</translation>
    </message>
    <message>
        <source>Last verified:</source>
        <translation>Última verificación:</translation>
    </message>
    <message>
        <source>Has le&amp;ft the organisation</source>
        <translation>Ha de&amp;jado la organización</translation>
    </message>
    <message>
        <source>Has left the organisation</source>
        <translation>Ha dejado la organización</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>the new contact</source>
        <translation>el nuevo contacto</translation>
    </message>
    <message>
        <source>No office</source>
        <translation>Sin oficina</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Phone numbers and e-mail addresses are checked as you type.</source>
        <translation>Los teléfonos y las direcciones de correo se comprueban mientras escribe.</translation>
    </message>
    <message>
        <source>Deleted on {date}. Restore it to edit it again.</source>
        <translation>Eliminado el {date}. Restáurelo para volver a editarlo.</translation>
    </message>
    <message>
        <source>Has left the organisation. Restore marks this contact as active.</source>
        <translation>Ha dejado la organización. «Restaurar» marca este contacto como activo.</translation>
    </message>
    <message>
        <source>Someone else deleted this contact while you were editing it, so your edits cannot be saved. Reload shows it as deleted; restore it if it is still needed.</source>
        <translation>Otra persona eliminó este contacto mientras usted lo editaba, así que sus cambios no se pueden guardar. Recargar lo muestra como eliminado; restáurelo si aún lo necesita.</translation>
    </message>
    <message>
        <source>Someone else changed this contact while you were editing it. Reload shows their version and drops your unsaved edits.</source>
        <translation>Otra persona cambió este contacto mientras usted lo editaba. Recargar muestra su versión y descarta sus cambios sin guardar.</translation>
    </message>
    <message>
        <source>Possible duplicate: {link} ({reason}).</source>
        <translation>Posible duplicado: {link} ({reason}).</translation>
    </message>
    <message>
        <source>Saved {name}. Changes saved meanwhile by someone else were kept: {fields}.</source>
        <translation>{name} guardado. Se conservaron los cambios que otra persona guardó mientras tanto: {fields}.</translation>
    </message>
    <message>
        <source>Kept the version of {name} that {who} saved.</source>
        <translation>Se conservó la versión de {name} que guardó {who}.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>{what} as {name}</source>
        <translation>{what} que {name}</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this contact meanwhile.</source>
        <translation>No se guardó: otra persona modificó este contacto mientras tanto.</translation>
    </message>
    <message>
        <source>Not saved: this contact was deleted meanwhile.</source>
        <translation>No se guardó: este contacto se eliminó mientras tanto.</translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <source>Add contacts to the release</source>
        <translation>Añadir contactos al comunicado</translation>
    </message>
    <message>
        <source>&amp;Search by name, office, e-mail or phone:</source>
        <translation>&amp;Buscar por nombre, oficina, correo o teléfono:</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Escriba para buscar</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Contactos que coinciden</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add the selected contacts</source>
        <translation>Añadir los contactos seleccionados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation>La búsqueda falló: {reason}</translation>
    </message>
    <message>
        <source>{contact} (has left)</source>
        <translation>{contact} (ha dejado la organización)</translation>
    </message>
    <message>
        <source>No contact matches.</source>
        <translation>Ningún contacto coincide.</translation>
    </message>
    <message>
        <source>Showing the first {count} matches; type more to narrow the search.</source>
        <translation>Se muestran los {count} primeros resultados; escriba más para acotar la búsqueda.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>{name} (deleted)</source>
        <translation>{name} (eliminado)</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (se fue)</translation>
    </message>
    <message>
        <source>The first number was kept as typed: it looks invalid.</source>
        <translation>El primer número se conservó tal cual: parece no válido.</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Select a contact in the list, or add a new one.</source>
        <translation>Seleccione un contacto de la lista o añada uno nuevo.</translation>
    </message>
    <message>
        <source>Back to card</source>
        <translation>Volver a la ficha</translation>
    </message>
    <message>
        <source>Close the form and show the card</source>
        <translation>Cerrar el formulario y mostrar la ficha</translation>
    </message>
    <message>
        <source>Close the form (Esc)</source>
        <translation>Cerrar el formulario (Esc)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Search names, offices, e-mail addresses, phone digits…</source>
        <translation>Buscar nombres, oficinas, correos, dígitos de teléfono…</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Filter by office</source>
        <translation>Filtrar por oficina</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation>Qué contactos</translation>
    </message>
    <message>
        <source>Active and left</source>
        <translation>Activos y bajas</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Solo activos</translation>
    </message>
    <message>
        <source>Archived (deleted or left)</source>
        <translation>Archivados (eliminados o bajas)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>&amp;New Contact</source>
        <translation>&amp;Nuevo contacto</translation>
    </message>
    <message>
        <source>1 contact found</source>
        <translation>1 contacto encontrado</translation>
    </message>
    <message>
        <source>{count} contacts found</source>
        <translation>{count} contactos encontrados</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contactos</translation>
    </message>
    <message>
        <source>No contacts match “{text}”.</source>
        <translation>Ningún contacto coincide con «{text}».</translation>
    </message>
    <message>
        <source>No contacts match these filters.</source>
        <translation>Ningún contacto coincide con estos filtros.</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Datos de ejemplo</translation>
    </message>
    <message>
        <source>Sample data: {offices} offices and {contacts} contacts added.</source>
        <translation>Datos de ejemplo: {offices} oficinas y {contacts} contactos añadidos.</translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation>Cargando los datos de ejemplo…</translation>
    </message>
    <message>
        <source>{name} was deleted by someone else.</source>
        <translation>Otra persona eliminó {name}.</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Añadir {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar {name}</translation>
    </message>
    <message>
        <source>Deleted {name}. Undo brings the contact back.</source>
        <translation>{name} eliminado. «Deshacer» recupera el contacto.</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>Restaurar {name}</translation>
    </message>
    <message>
        <source>Mark {name} as active</source>
        <translation>Marcar {name} como activo</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Restored {name}. Warning: {warnings}.</source>
        <translation>{name} restaurado. Atención: {warnings}.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} restaurado.</translation>
    </message>
    <message>
        <source>Cannot restore this version</source>
        <translation>No se puede restablecer esta versión</translation>
    </message>
    <message>
        <source>Version {version} holds what {name} holds now: nothing changed.</source>
        <translation>La versión {version} contiene lo mismo que {name} ahora: no cambió nada.</translation>
    </message>
    <message>
        <source>Restore version {version} of {name}</source>
        <translation>Restablecer la versión {version} de {name}</translation>
    </message>
    <message>
        <source>Put back version {version} of {name}. Undo brings back what it replaced.</source>
        <translation>Se restableció la versión {version} de {name}. Deshacer recupera lo que reemplazó.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Click to copy {value}</source>
        <translation>Haga clic para copiar {value}</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type a country or its code</source>
        <translation>Escriba un país o su código</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>The details are on the clipboard.</source>
        <translation>Los detalles están en el portapapeles.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>What failed: {error}</source>
        <translation>Qué falló: {error}</translation>
    </message>
    <message>
        <source>This has happened {count} times since this message appeared.</source>
        <translation>Ha ocurrido {count} veces desde que apareció este mensaje.</translation>
    </message>
    <message>
        <source>Press Contacts: unexpected error</source>
        <translation>Press Contacts: error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Press Contacts ran into an unexpected problem and could not finish what it was doing. The program is still running and nothing you typed has been thrown away: you can go on working and save your changes as usual.</source>
        <translation>Press Contacts encontró un problema inesperado y no pudo terminar lo que estaba haciendo. El programa sigue funcionando y no se ha perdido nada de lo que escribió: puede seguir trabajando y guardar sus cambios como de costumbre.</translation>
    </message>
    <message>
        <source>If it happens again, click Copy details and send the text to whoever looks after Press Contacts for you. Read it first: it may quote data from your contacts.</source>
        <translation>Si vuelve a ocurrir, haga clic en Copiar detalles y envíe el texto a quien se ocupe de Press Contacts. Léalo antes: puede citar datos de sus contactos.</translation>
    </message>
    <message>
        <source>A copy without that data is kept in {file}.</source>
        <translation>Se guarda una copia sin esos datos en {file}.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copy the error details to the clipboard</source>
        <translation>Copiar los detalles del error al portapapeles</translation>
    </message>
    <message>
        <source>Show or hide the error details</source>
        <translation>Mostrar u ocultar los detalles del error</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this message and go on working</source>
        <translation>Cerrar este mensaje y seguir trabajando</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation>¿Guardar los cambios de {what}?</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it.</source>
        <translation>Otra persona modificó {what} desde que lo abrió.</translation>
    </message>
    <message>
        <source>Reload to see their version (your edits here are dropped), or keep editing and copy what you need first.</source>
        <translation>Recargue para ver su versión (se descartan sus cambios aquí), o siga editando y copie antes lo que necesite.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Another contact looks the same: {reason}.</source>
        <translation>Otro contacto parece el mismo: {reason}.</translation>
    </message>
    <message>
        <source>Add this contact anyway, or open the existing one (what you typed here is dropped).</source>
        <translation>Añada este contacto de todos modos o abra el existente (lo escrito aquí se descarta).</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Añadir de todos modos</translation>
    </message>
    <message>
        <source>Open the existing contact</source>
        <translation>Abrir el contacto existente</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Reload the stored version</source>
        <translation>Recargar la versión guardada</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked above.</source>
        <translation>No se guardó: corrija los campos marcados arriba.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>contacts.vcf</source>
        <translation>contactos.vcf</translation>
    </message>
    <message>
        <source>Export vCards to</source>
        <translation>Exportar las vCards a</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Exported {done} of {total} contacts…</source>
        <translation>Exportados {done} de {total} contactos…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Contacts exported to {file}: {count}.</source>
        <translation>Contactos exportados a {file}: {count}.</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>La exportación falló: {reason}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Export vCards</source>
        <translation>Exportar vCards</translation>
    </message>
    <message>
        <source>Contacts to export</source>
        <translation>Contactos que exportar</translation>
    </message>
    <message>
        <source>The selected contact</source>
        <translation>El contacto seleccionado</translation>
    </message>
    <message>
        <source>The {count} selected contacts</source>
        <translation>Los {count} contactos seleccionados</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>The contacts of the release “{title}”</source>
        <translation>Los contactos del comunicado «{title}»</translation>
    </message>
    <message>
        <source>The contacts of this release</source>
        <translation>Los contactos de este comunicado</translation>
    </message>
    <message>
        <source>Export the selected contacts</source>
        <translation>Exportar los contactos seleccionados</translation>
    </message>
    <message>
        <source>Export all contacts</source>
        <translation>Exportar todos los contactos</translation>
    </message>
    <message>
        <source>Export the release&apos;s contacts</source>
        <translation>Exportar los contactos del comunicado</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>vCard 3.0 (recommended)</source>
        <translation>vCard 3.0 (recomendado)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>Outlook (vCard 3.0 with character sets)</source>
        <translation>Outlook (vCard 3.0 con juegos de caracteres)</translation>
    </message>
    <message>
        <source>vCard format</source>
        <translation>Formato vCard</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elija un archivo…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Elegir el archivo que escribir</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Start the export</source>
        <translation>Iniciar la exportación</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Press Contacts opens vCards (.vcf, .vcard) and spreadsheets (.csv, .xlsx).</source>
        <translation>Press Contacts abre vCards (.vcf, .vcard) y hojas de cálculo (.csv, .xlsx).</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Ese archivo no existe.</translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation>Es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>It is not a regular file.</source>
        <translation>No es un archivo normal.</translation>
    </message>
    <message>
        <source>This file has no extension.</source>
        <translation>Este archivo no tiene extensión.</translation>
    </message>
    <message>
        <source>It cannot be read: {reason}</source>
        <translation>No se puede leer: {reason}</translation>
    </message>
    <message>
        <source>This is a {suffix} file.</source>
        <translation>Es un archivo {suffix}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>This contact is deleted: its history is shown as kept. Restore the contact first to put back one of its versions.</source>
        <translation>Este contacto está eliminado: su historial se muestra tal como se conservó. Restaure primero el contacto para restablecer una de sus versiones.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Created by {who}</source>
        <translation>Creado por {who}</translation>
    </message>
    <message>
        <source>Edited by {who}</source>
        <translation>Editado por {who}</translation>
    </message>
    <message>
        <source>Deleted by {who}</source>
        <translation>Eliminado por {who}</translation>
    </message>
    <message>
        <source>Restored by {who}</source>
        <translation>Restaurado por {who}</translation>
    </message>
    <message>
        <source>Version {version} put back by {who}</source>
        <translation>Versión {version} restablecida por {who}</translation>
    </message>
    <message>
        <source>Imported by {who}</source>
        <translation>Importado por {who}</translation>
    </message>
    <message>
        <source>Completed by an import by {who}</source>
        <translation>Completado por una importación de {who}</translation>
    </message>
    <message>
        <source>Published by {who}</source>
        <translation>Publicado por {who}</translation>
    </message>
    <message>
        <source>As it was when the history began</source>
        <translation>Tal como estaba al comenzar el historial</translation>
    </message>
    <message>
        <source>Details and history</source>
        <translation>Detalles e historial</translation>
    </message>
    <message>
        <source>Restore a Version</source>
        <translation>Restablecer una versión</translation>
    </message>
    <message>
        <source>About this history</source>
        <translation>Acerca de este historial</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Versiones, la más reciente primero</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Restablecer esta versión…</translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation>Restablecer la versión seleccionada</translation>
    </message>
    <message>
        <source>Puts back the values the selected version had, as a new version. Undo takes it back.</source>
        <translation>Recupera los valores de la versión seleccionada, como una nueva versión. Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Put back the values version {version} of {name} had? They replace the current ones as a new version; the history keeps both, and Undo takes it back.</source>
        <translation>¿Recuperar los valores que tenía la versión {version} de {name}? Reemplazan los actuales como una nueva versión; el historial conserva ambas y Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>{field}: {change}</source>
        <translation>{field}: {change}</translation>
    </message>
    <message>
        <source>Version {version} · {when} · current</source>
        <translation>Versión {version} · {when} · actual</translation>
    </message>
    <message>
        <source>Version {version} · {when}</source>
        <translation>Versión {version} · {when}</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import vCards from</source>
        <translation>Importar vCards desde</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>There is no file at {file}.</source>
        <translation>No hay ningún archivo en {file}.</translation>
    </message>
    <message>
        <source>Reading {file} to see what would change…</source>
        <translation>Leyendo {file} para ver qué cambiaría…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Preview cancelled. Nothing was written.</source>
        <translation>Vista previa cancelada. No se escribió nada.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written: the database is as it was.</source>
        <translation>Importación cancelada. No se escribió nada: la base de datos sigue como estaba.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>No se pudo leer el archivo: {reason}</translation>
    </message>
    <message>
        <source>The import failed; nothing was written. {reason}</source>
        <translation>La importación falló; no se escribió nada. {reason}</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Importing this file would give: new contacts {created}, updated {updated}, unchanged {unchanged}; cards skipped {skipped}.</source>
        <translation>Todavía no se ha escrito nada. Importar este archivo daría: contactos nuevos {created}, actualizados {updated}, sin cambios {unchanged}; tarjetas omitidas {skipped}.</translation>
    </message>
    <message>
        <source>Imported. New contacts: {created}, updated: {updated}, unchanged: {unchanged}; cards skipped: {skipped}.</source>
        <translation>Importación terminada. Contactos nuevos: {created}, actualizados: {updated}, sin cambios: {unchanged}; tarjetas omitidas: {skipped}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Cancelar el trabajo en curso</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>To create ({count})</source>
        <translation>Para crear ({count})</translation>
    </message>
    <message>
        <source>To update ({count})</source>
        <translation>Para actualizar ({count})</translation>
    </message>
    <message>
        <source>Unchanged ({count})</source>
        <translation>Sin cambios ({count})</translation>
    </message>
    <message>
        <source>Skipped ({count})</source>
        <translation>Omitidas ({count})</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Advertencias ({count})</translation>
    </message>
    <message>
        <source>Created ({count})</source>
        <translation>Creados ({count})</translation>
    </message>
    <message>
        <source>Updated ({count})</source>
        <translation>Actualizados ({count})</translation>
    </message>
    <message>
        <source>Import vCards</source>
        <translation>Importar vCards</translation>
    </message>
    <message>
        <source>Choose a vCard file (.vcf) from Outlook, Google Contacts, Apple Contacts or Thunderbird. You will see what it would create, update and skip before anything is written. Contacts already here are matched by UID, then e-mail, then phone, and completed rather than duplicated.</source>
        <translation>Elija un archivo vCard (.vcf) de Outlook, Google Contacts, Apple Contacts o Thunderbird. Verá qué crearía, actualizaría y omitiría antes de que se escriba nada. Los contactos que ya existen se reconocen por UID, luego por correo y luego por teléfono, y se completan en lugar de duplicarse.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elija un archivo…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo que importar</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Cards by outcome</source>
        <translation>Tarjetas por resultado</translation>
    </message>
    <message>
        <source>Cards that create a contact</source>
        <translation>Tarjetas que crean un contacto</translation>
    </message>
    <message>
        <source>Cards that complete a contact</source>
        <translation>Tarjetas que completan un contacto</translation>
    </message>
    <message>
        <source>Cards that change nothing</source>
        <translation>Tarjetas que no cambian nada</translation>
    </message>
    <message>
        <source>Cards that are skipped, with the reason</source>
        <translation>Tarjetas omitidas, con el motivo</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Preview what the import would do</source>
        <translation>Ver qué haría la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the file</source>
        <translation>Importar el archivo</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Press officer</source>
        <translation>Responsable de prensa</translation>
    </message>
    <message>
        <source>Spokesperson</source>
        <translation>Portavoz</translation>
    </message>
    <message>
        <source>Mission contact</source>
        <translation>Contacto de misión</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medios</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Country office</source>
        <translation>Oficina en el país</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Oficina regional</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Particular</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>línea fija</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation>línea fija o móvil</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>número gratuito</translation>
    </message>
    <message>
        <source>internet telephony</source>
        <translation>telefonía por internet</translation>
    </message>
    <message>
        <source>other line</source>
        <translation>otra línea</translation>
    </message>
    <message>
        <source>unknown line type</source>
        <translation>tipo de línea desconocido</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Press Contacts — {database}</source>
        <translation>Press Contacts — {database}</translation>
    </message>
    <message>
        <source>(damaged, read-only)</source>
        <translation>(dañada, solo lectura)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Import vCards…</source>
        <translation>&amp;Importar vCards…</translation>
    </message>
    <message>
        <source>Import from &amp;Release Text…</source>
        <translation>Importar desde el texto de un &amp;comunicado…</translation>
    </message>
    <message>
        <source>&amp;Export vCards…</source>
        <translation>E&amp;xportar vCards…</translation>
    </message>
    <message>
        <source>Import from &amp;Spreadsheet (CSV, Excel)…</source>
        <translation>Importar desde una &amp;hoja de cálculo (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Export to Sprea&amp;dsheet…</source>
        <translation>Exportar a una hoja de cál&amp;culo…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Load S&amp;ample Data</source>
        <translation>Cargar datos de e&amp;jemplo</translation>
    </message>
    <message>
        <source>Restore a &amp;Backup…</source>
        <translation>Restaurar una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;About Press Contacts</source>
        <translation>&amp;Acerca de Press Contacts</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Cannot Open a File</source>
        <translation>No se puede abrir un archivo</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported.</source>
        <translation>No se puede importar «{name}».</translation>
    </message>
    <message>
        <source>Release “{title}” imported</source>
        <translation>Comunicado «{title}» importado</translation>
    </message>
    <message>
        <source>Release “{title}” was already here; its contacts were brought up to date</source>
        <translation>El comunicado «{title}» ya estaba; sus contactos se actualizaron</translation>
    </message>
    <message>
        <source>{what}. New contacts: {created}, updated: {updated}, unchanged: {unchanged}, skipped: {skipped}.</source>
        <translation>{what}. Contactos nuevos: {created}, actualizados: {updated}, sin cambios: {unchanged}, omitidos: {skipped}.</translation>
    </message>
</context>
<context>
    <name>OfficeEditor</name>
    <message>
        <source>Select an office in the list, or add a new one.</source>
        <translation>Seleccione una oficina en la lista o añada una nueva.</translation>
    </message>
    <message>
        <source>Save office</source>
        <translation>Guardar la oficina</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Office name in English</source>
        <translation>Nombre de la oficina en inglés</translation>
    </message>
    <message>
        <source>Office name in French</source>
        <translation>Nombre de la oficina en francés</translation>
    </message>
    <message>
        <source>Office name in Spanish</source>
        <translation>Nombre de la oficina en español</translation>
    </message>
    <message>
        <source>Required, e.g. IOM Beijing</source>
        <translation>Obligatorio, p. ej. IOM Beijing</translation>
    </message>
    <message>
        <source>e.g. OIM Pékin</source>
        <translation>p. ej. OIM Pékin</translation>
    </message>
    <message>
        <source>e.g. OIM Pekín</source>
        <translation>p. ej. OIM Pekín</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>&amp;Inglés:</translation>
    </message>
    <message>
        <source>&amp;French:</source>
        <translation>&amp;Francés:</translation>
    </message>
    <message>
        <source>&amp;Spanish:</source>
        <translation>&amp;Español:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>Kind of office</source>
        <translation>Tipo de oficina</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Switchboard number</source>
        <translation>Número de la centralita</translation>
    </message>
    <message>
        <source>+86 10 5979 9600</source>
        <translation>+86 10 5979 9600</translation>
    </message>
    <message>
        <source>S&amp;witchboard:</source>
        <translation>&amp;Centralita:</translation>
    </message>
    <message>
        <source>Parent office</source>
        <translation>Oficina superior</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Depende de:</translation>
    </message>
    <message>
        <source>the new office</source>
        <translation>la nueva oficina</translation>
    </message>
    <message>
        <source>No parent office</source>
        <translation>Sin oficina superior</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Nueva oficina</translation>
    </message>
    <message>
        <source>An office needs an English name and a country.</source>
        <translation>Una oficina necesita un nombre en inglés y un país.</translation>
    </message>
    <message>
        <source>Reads as {number} ({line})</source>
        <translation>Se interpreta como {number} ({line})</translation>
    </message>
    <message>
        <source>This number looks invalid: {reason}.</source>
        <translation>Este número parece no válido: {reason}.</translation>
    </message>
    <message>
        <source>choose a country from the list</source>
        <translation>elija un país de la lista</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this office meanwhile.</source>
        <translation>No se guardó: otra persona modificó esta oficina mientras tanto.</translation>
    </message>
    <message>
        <source>Not saved: this office was deleted meanwhile.</source>
        <translation>No se guardó: esta oficina se eliminó mientras tanto.</translation>
    </message>
    <message>
        <source>Someone else deleted this office while you were editing it, so your edits cannot be saved. Reload closes it.</source>
        <translation>Otra persona eliminó esta oficina mientras usted la editaba, así que sus cambios no se pueden guardar. Recargar la cierra.</translation>
    </message>
    <message>
        <source>Someone else changed this office while you were editing it. Reload shows their version and drops your unsaved edits.</source>
        <translation>Otra persona cambió esta oficina mientras usted la editaba. Recargar muestra su versión y descarta sus cambios sin guardar.</translation>
    </message>
</context>
<context>
    <name>OfficeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Centralita</translation>
    </message>
</context>
<context>
    <name>OfficesSection</name>
    <message>
        <source>Filter offices</source>
        <translation>Filtrar oficinas</translation>
    </message>
    <message>
        <source>Filter by name, country, city…</source>
        <translation>Filtrar por nombre, país, ciudad…</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Nueva oficina</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>&amp;New Office</source>
        <translation>&amp;Nueva oficina</translation>
    </message>
    <message>
        <source>1 office</source>
        <translation>1 oficina</translation>
    </message>
    <message>
        <source>{count} offices</source>
        <translation>{count} oficinas</translation>
    </message>
    <message>
        <source>1 office found</source>
        <translation>1 oficina encontrada</translation>
    </message>
    <message>
        <source>{count} offices found</source>
        <translation>{count} oficinas encontradas</translation>
    </message>
    <message>
        <source>{name} was deleted by someone else.</source>
        <translation>Otra persona eliminó {name}.</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Añadir {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <source>Cannot restore this version</source>
        <translation>No se puede restablecer esta versión</translation>
    </message>
    <message>
        <source>Version {version} holds what {name} holds now: nothing changed.</source>
        <translation>La versión {version} contiene lo mismo que {name} ahora: no cambió nada.</translation>
    </message>
    <message>
        <source>Restore version {version} of {name}</source>
        <translation>Restablecer la versión {version} de {name}</translation>
    </message>
    <message>
        <source>Put back version {version} of {name}. Undo brings back what it replaced.</source>
        <translation>Se restableció la versión {version} de {name}. Deshacer recupera lo que reemplazó.</translation>
    </message>
    <message>
        <source>Cannot delete {name}</source>
        <translation>No se puede eliminar {name}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar {name}</translation>
    </message>
    <message>
        <source>Deleted {name}. Undo brings the office back.</source>
        <translation>{name} eliminada. «Deshacer» recupera la oficina.</translation>
    </message>
</context>
<context>
    <name>OutdatedReleasesView</name>
    <message>
        <source>Checking the published releases…</source>
        <translation>Comprobando los comunicados publicados…</translation>
    </message>
    <message>
        <source>No published release prints a phone number or e-mail address that has changed since.</source>
        <translation>Ningún comunicado publicado imprime un teléfono o un correo que haya cambiado desde entonces.</translation>
    </message>
    <message>
        <source>{title} ({date}), changes: {count}</source>
        <translation>{title} ({date}), cambios: {count}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>Now: {value}</source>
        <translation>Ahora: {value}</translation>
    </message>
    <message>
        <source>Now: removed, or the contact was deleted</source>
        <translation>Ahora: eliminado, o se eliminó el contacto</translation>
    </message>
    <message>
        <source>{name}, {channel}</source>
        <translation>{name}, {channel}</translation>
    </message>
    <message>
        <source>Printed: {value}</source>
        <translation>Impreso: {value}</translation>
    </message>
    <message>
        <source>Published releases whose contact block prints a phone number or e-mail address that has changed or been removed since.</source>
        <translation>Comunicados publicados cuyo bloque de contacto imprime un teléfono o un correo que ha cambiado o se ha eliminado desde entonces.</translation>
    </message>
    <message>
        <source>Outdated releases and what changed</source>
        <translation>Comunicados desactualizados y qué cambió</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Check the published releases again</source>
        <translation>Volver a comprobar los comunicados publicados</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>New releases</source>
        <translation>Nuevos comunicados</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>A password for this server is kept in {file}; type one only to change it.</source>
        <translation>Se guarda una contraseña para este servidor en {file}; escriba una solo para cambiarla.</translation>
    </message>
    <message>
        <source>Kept in {file}, where psql and other PostgreSQL programs find it too; never in the settings.</source>
        <translation>Se guarda en {file}, donde psql y otros programas de PostgreSQL también la encuentran; nunca en la configuración.</translation>
    </message>
    <message>
        <source>Connecting to {host}, port {port}…</source>
        <translation>Conectando con {host}, puerto {port}…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Páginas de preferencias</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Default release &amp;language:</source>
        <translation>Idioma de los &amp;comunicados por defecto:</translation>
    </message>
    <message>
        <source>Default block la&amp;yout:</source>
        <translation>&amp;Diseño del bloque por defecto:</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>En uso ahora:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Your &amp;name in the history:</source>
        <translation>Su &amp;nombre en el historial:</translation>
    </message>
    <message>
        <source>Your name in the history</source>
        <translation>Su nombre en el historial</translation>
    </message>
    <message>
        <source>Every change you make is recorded under this name. Left empty, your login name is used.</source>
        <translation>Cada cambio que haga se registra con este nombre. Si queda vacío, se usa su nombre de inicio de sesión.</translation>
    </message>
    <message>
        <source>The &amp;file on this computer, for one person</source>
        <translation>El &amp;archivo de este equipo, para una persona</translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server, shared by a team</source>
        <translation>Un &amp;servidor PostgreSQL, compartido por un equipo</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>&amp;Modo SSL:</translation>
    </message>
    <message>
        <source>never encrypted</source>
        <translation>nunca cifrada</translation>
    </message>
    <message>
        <source>encrypted only if the server insists</source>
        <translation>cifrada solo si el servidor lo exige</translation>
    </message>
    <message>
        <source>encrypted when the server offers it</source>
        <translation>cifrada cuando el servidor lo ofrece</translation>
    </message>
    <message>
        <source>always encrypted, certificate not checked</source>
        <translation>siempre cifrada, certificado sin comprobar</translation>
    </message>
    <message>
        <source>always encrypted, certificate checked</source>
        <translation>siempre cifrada, certificado comprobado</translation>
    </message>
    <message>
        <source>always encrypted, certificate and host name checked</source>
        <translation>siempre cifrada, certificado y nombre de host comprobados</translation>
    </message>
    <message>
        <source>{mode}: {description}</source>
        <translation>{mode}: {description}</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>OK opens the chosen database.</source>
        <translation>Aceptar abre la base de datos elegida.</translation>
    </message>
    <message>
        <source>This window uses the database that {source} names, which comes before this choice; the choice applies when the program starts without it.</source>
        <translation>Esta ventana usa la base de datos que indica {source}, que tiene prioridad sobre esta elección; la elección se aplica cuando el programa se inicia sin ella.</translation>
    </message>
    <message>
        <source>A new choice applies the next time the program starts, or at once if you say so after OK.</source>
        <translation>Una nueva elección se aplica la próxima vez que se inicie el programa, o enseguida si lo indica después de Aceptar.</translation>
    </message>
    <message>
        <source>Switch Database</source>
        <translation>Cambiar de base de datos</translation>
    </message>
    <message>
        <source>Switch to the chosen database now? The window closes and opens again on it, after asking about any unsaved changes. Otherwise the switch happens the next time the program starts.</source>
        <translation>¿Cambiar ahora a la base de datos elegida? La ventana se cierra y se vuelve a abrir con ella, después de preguntar por los cambios sin guardar. Si no, el cambio se hace la próxima vez que se inicie el programa.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>La del sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The whole window shows the new language the next time the program starts.</source>
        <translation>Toda la ventana se mostrará en el nuevo idioma la próxima vez que se inicie el programa.</translation>
    </message>
    <message>
        <source>Default language of new releases</source>
        <translation>Idioma por defecto de los nuevos comunicados</translation>
    </message>
    <message>
        <source>Stacked (one detail a line)</source>
        <translation>Apilado (un dato por línea)</translation>
    </message>
    <message>
        <source>Inline (one sentence per contact)</source>
        <translation>En línea (una frase por contacto)</translation>
    </message>
    <message>
        <source>Default block layout</source>
        <translation>Diseño del bloque por defecto</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Ubicación de la base de datos</translation>
    </message>
    <message>
        <source>To use another database, start the program with --db or set CRM_DB_URL.</source>
        <translation>Para usar otra base de datos, inicie el programa con --db o defina CRM_DB_URL.</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Orden del nombre</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publicado el</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Job title ({language})</source>
        <translation>Cargo ({language})</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>Apellido primero</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>Nombre primero</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{number} (kept as typed)</source>
        <translation>{number} (conservado tal como se escribió)</translation>
    </message>
    <message>
        <source>Office name ({language})</source>
        <translation>Nombre de la oficina ({language})</translation>
    </message>
</context>
<context>
    <name>ReleaseEditor</name>
    <message>
        <source>Give the release a title.</source>
        <translation>Dé un título al comunicado.</translation>
    </message>
    <message>
        <source>The release was not saved: {reason}</source>
        <translation>El comunicado no se guardó: {reason}</translation>
    </message>
    <message>
        <source>Someone else deleted this release while you were editing it, so your edits cannot be saved. Reload closes it.</source>
        <translation>Otra persona eliminó este comunicado mientras usted lo editaba, así que sus cambios no se pueden guardar. Recargar lo cierra.</translation>
    </message>
    <message>
        <source>Someone else changed this release while you were editing it. Reload shows their version and drops your unsaved edits.</source>
        <translation>Otra persona cambió este comunicado mientras usted lo editaba. Recargar muestra su versión y descarta sus cambios sin guardar.</translation>
    </message>
    <message>
        <source>Add at least one contact before publishing.</source>
        <translation>Añada al menos un contacto antes de publicar.</translation>
    </message>
    <message>
        <source>Publish “{title}”?

The contact block is frozen as shown: later changes to these contacts will not alter it, and the release will be listed as outdated when a number or address it prints changes.</source>
        <translation>¿Publicar «{title}»?

El bloque de contacto queda congelado tal como se muestra: los cambios posteriores en estos contactos no lo alterarán, y el comunicado aparecerá como desactualizado si cambia un número o una dirección que imprime.</translation>
    </message>
    <message>
        <source>Warnings about the block: {count}. Check them beside the preview first.</source>
        <translation>Advertencias sobre el bloque: {count}. Revíselas antes junto a la vista previa.</translation>
    </message>
    <message>
        <source>Publish the release</source>
        <translation>Publicar el comunicado</translation>
    </message>
    <message>
        <source>The release was not published: {reason}</source>
        <translation>El comunicado no se publicó: {reason}</translation>
    </message>
    <message>
        <source>the new release</source>
        <translation>el nuevo comunicado</translation>
    </message>
    <message>
        <source>(no office)</source>
        <translation>(sin oficina)</translation>
    </message>
    <message>
        <source>Contact block copied, formatted and as plain text: paste it into the release.</source>
        <translation>Bloque de contacto copiado, con formato y como texto sin formato: péguelo en el comunicado.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Outdated: the printed block cites details that have changed since ({names}). See Outdated releases.</source>
        <translation>Desactualizado: el bloque publicado cita datos que han cambiado desde entonces ({names}). Vea Comunicados desactualizados.</translation>
    </message>
    <message>
        <source>New release</source>
        <translation>Nuevo comunicado</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <source>Contacts named in the block</source>
        <translation>Contactos citados en el bloque</translation>
    </message>
    <message>
        <source>Contact block</source>
        <translation>Bloque de contacto</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Date&amp;line:</source>
        <translation>&amp;Lugar de emisión:</translation>
    </message>
    <message>
        <source>Issuing &amp;office:</source>
        <translation>&amp;Oficina emisora:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Dirección &amp;web:</translation>
    </message>
    <message>
        <source>Release title</source>
        <translation>Título del comunicado</translation>
    </message>
    <message>
        <source>Title of the release</source>
        <translation>Título del comunicado</translation>
    </message>
    <message>
        <source>Release language</source>
        <translation>Idioma del comunicado</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Fecha del comunicado</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lugar de emisión</translation>
    </message>
    <message>
        <source>e.g. BEIJING</source>
        <translation>p. ej. PEKÍN</translation>
    </message>
    <message>
        <source>Issuing office</source>
        <translation>Oficina emisora</translation>
    </message>
    <message>
        <source>Web address of the release</source>
        <translation>Dirección web del comunicado</translation>
    </message>
    <message>
        <source>Contacts, in the order they are printed</source>
        <translation>Contactos, en el orden en que se imprimen</translation>
    </message>
    <message>
        <source>Drag a contact to change the order.</source>
        <translation>Arrastre un contacto para cambiar el orden.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add contacts</source>
        <translation>Añadir contactos</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected contact</source>
        <translation>Quitar el contacto seleccionado</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the selected contact up</source>
        <translation>Subir el contacto seleccionado</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the selected contact down</source>
        <translation>Bajar el contacto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>Freezes the contact block as printed.</source>
        <translation>Congela el bloque de contacto tal como se publica.</translation>
    </message>
    <message>
        <source>&amp;New release from this one</source>
        <translation>&amp;Nuevo comunicado a partir de este</translation>
    </message>
    <message>
        <source>New release with the same contacts</source>
        <translation>Nuevo comunicado con los mismos contactos</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Drop unsaved changes</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the release</source>
        <translation>Guardar el comunicado</translation>
    </message>
    <message>
        <source>Reload the stored version</source>
        <translation>Recargar la versión guardada</translation>
    </message>
    <message>
        <source>Why the release was not saved</source>
        <translation>Por qué no se guardó el comunicado</translation>
    </message>
    <message>
        <source>Outdated release</source>
        <translation>Comunicado desactualizado</translation>
    </message>
    <message>
        <source>Release editor</source>
        <translation>Editor del comunicado</translation>
    </message>
</context>
<context>
    <name>ReleaseImportDialog</name>
    <message>
        <source>{file} is too large to be a release ({size} MB).</source>
        <translation>{file} es demasiado grande para ser un comunicado ({size} MB).</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>No se pudo leer {file}: {reason}</translation>
    </message>
    <message>
        <source>Pasted text (no file).</source>
        <translation>Texto pegado (sin archivo).</translation>
    </message>
    <message>
        <source>From the file {file}, edited here</source>
        <translation>Del archivo {file}, modificado aquí</translation>
    </message>
    <message>
        <source>From the file {file}</source>
        <translation>Del archivo {file}</translation>
    </message>
    <message>
        <source>Open a release</source>
        <translation>Abrir un comunicado</translation>
    </message>
    <message>
        <source>Releases (*.txt *.html *.htm);;All files (*)</source>
        <translation>Comunicados (*.txt *.html *.htm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the release…</source>
        <translation>Leyendo el comunicado…</translation>
    </message>
    <message>
        <source>The text could not be read: {reason}</source>
        <translation>No se pudo leer el texto: {reason}</translation>
    </message>
    <message>
        <source>No contacts found. This text has no “For more information, please contact:” block (or one in French or Spanish), so there is nobody to import. Paste the whole release, down to its last lines.</source>
        <translation>No se encontraron contactos. Este texto no tiene un bloque «Para más información, contacte con:» (ni en inglés ni en francés), así que no hay nadie que importar. Pegue el comunicado entero, hasta sus últimas líneas.</translation>
    </message>
    <message>
        <source>No contacts found. The text&apos;s contact block names no one with a phone number or an e-mail address, so there is nobody to import.</source>
        <translation>No se encontraron contactos. El bloque de contactos del texto no nombra a nadie con un teléfono o un correo, así que no hay nadie que importar.</translation>
    </message>
    <message>
        <source>not in the text: the file name “{name}” will be used</source>
        <translation>no está en el texto: se usará el nombre de archivo «{name}»</translation>
    </message>
    <message>
        <source>not found: put the release&apos;s title on the first line of the text</source>
        <translation>no encontrado: ponga el título del comunicado en la primera línea del texto</translation>
    </message>
    <message>
        <source>not given: the release will be dated today</source>
        <translation>no indicada: el comunicado llevará la fecha de hoy</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>no reconocido</translation>
    </message>
    <message>
        <source>⚠ Cannot be imported: {reason}</source>
        <translation>⚠ No se puede importar: {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{number} (suggestion taken)</source>
        <translation>{number} (sugerencia aceptada)</translation>
    </message>
    <message>
        <source>{number} — not a valid number</source>
        <translation>{number} — número no válido</translation>
    </message>
    <message>
        <source>did you mean {number}?</source>
        <translation>¿quiso decir {number}?</translation>
    </message>
    <message>
        <source>⚠ 1 address hidden by the web page</source>
        <translation>⚠ 1 dirección oculta por la página web</translation>
    </message>
    <message>
        <source>⚠ {count} addresses hidden by the web page</source>
        <translation>⚠ {count} direcciones ocultas por la página web</translation>
    </message>
    <message>
        <source>No stored contact matches.</source>
        <translation>Ningún contacto guardado coincide.</translation>
    </message>
    <message>
        <source>Same person: {reason}</source>
        <translation>Misma persona: {reason}</translation>
    </message>
    <message>
        <source>Perhaps the same person: {reason}</source>
        <translation>Quizá la misma persona: {reason}</translation>
    </message>
    <message>
        <source>What to do with {name}</source>
        <translation>Qué hacer con {name}</translation>
    </message>
    <message>
        <source>Skip (cannot be imported)</source>
        <translation>Omitir (no se puede importar)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Link to the stored contact</source>
        <translation>Vincular al contacto guardado</translation>
    </message>
    <message>
        <source>Create a new contact</source>
        <translation>Crear un contacto nuevo</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>{name}: {number} is not a valid number.</source>
        <translation>{name}: {number} no es un número válido.</translation>
    </message>
    <message>
        <source>Use {number}</source>
        <translation>Usar {number}</translation>
    </message>
    <message>
        <source>Use the suggested number</source>
        <translation>Usar el número sugerido</translation>
    </message>
    <message>
        <source>Use the suggested number {number} for {name}</source>
        <translation>Usar el número sugerido {number} para {name}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>The import failed; nothing was written. {reason}</source>
        <translation>La importación falló; no se guardó nada. {reason}</translation>
    </message>
    <message>
        <source>Release title: {reason}</source>
        <translation>Título del comunicado: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported. {reason}</source>
        <translation>No se importó nada. {reason}</translation>
    </message>
    <message>
        <source>One person may already be among your contacts: choose Link, Create or Skip where the table says “Choose…” before importing.</source>
        <translation>Una persona puede estar ya entre sus contactos: elija Vincular, Crear u Omitir donde la tabla dice «Elegir…» antes de importar.</translation>
    </message>
    <message>
        <source>{count} people may already be among your contacts: choose Link, Create or Skip where the table says “Choose…” before importing.</source>
        <translation>{count} personas pueden estar ya entre sus contactos: elija Vincular, Crear u Omitir donde la tabla dice «Elegir…» antes de importar.</translation>
    </message>
    <message>
        <source>Nothing is saved yet. Import will link {link}, create {create} and skip {skip}, and record the release.</source>
        <translation>Aún no se ha guardado nada. La importación vinculará {link}, creará {create}, omitirá {skip} y registrará el comunicado.</translation>
    </message>
    <message>
        <source>Import from Release Text</source>
        <translation>Importar desde el texto de un comunicado</translation>
    </message>
    <message>
        <source>Paste the text of a published release here, or drop its file (.txt, .html).</source>
        <translation>Pegue aquí el texto de un comunicado publicado, o suelte su archivo (.txt, .html).</translation>
    </message>
    <message>
        <source>Release text</source>
        <translation>Texto del comunicado</translation>
    </message>
    <message>
        <source>The release to read; a dropped .txt or .html file is read whatever its encoding</source>
        <translation>El comunicado que leer; un archivo .txt o .html soltado se lee sea cual sea su codificación</translation>
    </message>
    <message>
        <source>File the text came from</source>
        <translation>Archivo del que viene el texto</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Abrir archivo…</translation>
    </message>
    <message>
        <source>Open a release file</source>
        <translation>Abrir el archivo de un comunicado</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Dateline:</source>
        <translation>Lugar de emisión:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Release title</source>
        <translation>Título del comunicado</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Fecha del comunicado</translation>
    </message>
    <message>
        <source>Release dateline</source>
        <translation>Lugar de emisión del comunicado</translation>
    </message>
    <message>
        <source>Release language</source>
        <translation>Idioma del comunicado</translation>
    </message>
    <message>
        <source>What the reader noticed</source>
        <translation>Lo que observó la lectura</translation>
    </message>
    <message>
        <source>Paste a release or drop its file here…</source>
        <translation>Pegue un comunicado o suelte su archivo aquí…</translation>
    </message>
    <message>
        <source>The people of its “For more information, please contact:” block are listed here, each beside the contact you already have. Nothing is saved until you choose Import.</source>
        <translation>Las personas de su bloque «Para más información, contacte con:» aparecen aquí, cada una junto al contacto que ya tiene. No se guarda nada hasta que elija Importar.</translation>
    </message>
    <message>
        <source>No release yet</source>
        <translation>Aún no hay comunicado</translation>
    </message>
    <message>
        <source>No contacts found</source>
        <translation>No se encontraron contactos</translation>
    </message>
    <message>
        <source>People found in the release</source>
        <translation>Personas encontradas en el comunicado</translation>
    </message>
    <message>
        <source>In the release</source>
        <translation>En el comunicado</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Stored contact</source>
        <translation>Contacto guardado</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Suggested phone numbers</source>
        <translation>Números sugeridos</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the release and its contacts</source>
        <translation>Importar el comunicado y sus contactos</translation>
    </message>
    <message>
        <source>Import (Ctrl+Return)</source>
        <translation>Importar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without importing</source>
        <translation>Cerrar sin importar</translation>
    </message>
</context>
<context>
    <name>ReleaseTableModel</name>
    <message>
        <source>Published, outdated</source>
        <translation>Publicado, desactualizado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>The printed contact block cites a phone number or e-mail address that has changed since: see Outdated releases.</source>
        <translation>El bloque de contacto publicado cita un número de teléfono o una dirección de correo electrónico que ha cambiado desde entonces: vea Comunicados desactualizados.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ReleasesSection</name>
    <message>
        <source>Releases</source>
        <extracomment>The release list&apos;s share of the width until the person moves the splitter.</extracomment>
        <translation>Comunicados</translation>
    </message>
    <message>
        <source>New &amp;Release</source>
        <translation>Nuevo &amp;comunicado</translation>
    </message>
    <message>
        <source>New release with the contacts of “{title}”: {count}.</source>
        <translation>Nuevo comunicado con los contactos de «{title}»: {count}.</translation>
    </message>
    <message>
        <source>Delete the release</source>
        <translation>Eliminar el comunicado</translation>
    </message>
    <message>
        <source>Delete “{title}”? Its contacts are kept.</source>
        <translation>¿Eliminar «{title}»? Sus contactos se conservan.</translation>
    </message>
    <message>
        <source>Release deleted.</source>
        <translation>Comunicado eliminado.</translation>
    </message>
    <message>
        <source>Cannot restore this version</source>
        <translation>No se puede restablecer esta versión</translation>
    </message>
    <message>
        <source>Version {version} holds what {name} holds now: nothing changed.</source>
        <translation>La versión {version} contiene lo mismo que {name} ahora: no cambió nada.</translation>
    </message>
    <message>
        <source>Restore version {version} of {name}</source>
        <translation>Restablecer la versión {version} de {name}</translation>
    </message>
    <message>
        <source>Put back version {version} of {name}. Undo brings back what it replaced.</source>
        <translation>Se restableció la versión {version} de {name}. Deshacer recupera lo que reemplazó.</translation>
    </message>
    <message>
        <source>“{title}” was deleted by someone else.</source>
        <translation>Otra persona eliminó «{title}».</translation>
    </message>
    <message>
        <source>Release saved.</source>
        <translation>Comunicado guardado.</translation>
    </message>
    <message>
        <source>Release published: its contact block is kept as printed.</source>
        <translation>Comunicado publicado: su bloque de contacto se conserva tal como se publicó.</translation>
    </message>
    <message>
        <source>All releases</source>
        <translation>Todos los comunicados</translation>
    </message>
    <message>
        <source>Outdated releases</source>
        <translation>Comunicados desactualizados</translation>
    </message>
    <message>
        <source>Release lists</source>
        <translation>Listas de comunicados</translation>
    </message>
    <message>
        <source>Search releases</source>
        <translation>Buscar comunicados</translation>
    </message>
    <message>
        <source>&amp;New release</source>
        <translation>&amp;Nuevo comunicado</translation>
    </message>
    <message>
        <source>Start a new release</source>
        <translation>Empezar un nuevo comunicado</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the database. The current file is kept as a backup first, so a restore can be undone.</source>
        <translation>Elija la copia de seguridad que sustituirá a la base de datos. Antes se guarda el archivo actual como copia, así que la restauración se puede deshacer.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Put the backup made {made} in place of the database?

Press Contacts will close the database, restore the backup and open it again. The current file is kept as a backup first.</source>
        <translation>¿Poner la copia del {made} en lugar de la base de datos?

Press Contacts cerrará la base de datos, restaurará la copia y la volverá a abrir. Antes se guarda el archivo actual como copia.</translation>
    </message>
</context>
<context>
    <name>SheetExportDialog</name>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to spreadsheet</source>
        <translation>Exportar a una hoja de cálculo</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Exported {done} of {total} contacts…</source>
        <translation>Exportados {done} de {total} contactos…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Contacts exported to {file}: {count}.</source>
        <translation>Contactos exportados a {file}: {count}.</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>La exportación falló: {reason}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Export to Spreadsheet</source>
        <translation>Exportar a una hoja de cálculo</translation>
    </message>
    <message>
        <source>Contacts to export</source>
        <translation>Contactos que exportar</translation>
    </message>
    <message>
        <source>The selected contact</source>
        <translation>El contacto seleccionado</translation>
    </message>
    <message>
        <source>The {count} selected contacts</source>
        <translation>Los {count} contactos seleccionados</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>The contacts of the release “{title}”</source>
        <translation>Los contactos del comunicado «{title}»</translation>
    </message>
    <message>
        <source>The contacts of this release</source>
        <translation>Los contactos de este comunicado</translation>
    </message>
    <message>
        <source>Export the selected contacts</source>
        <translation>Exportar los contactos seleccionados</translation>
    </message>
    <message>
        <source>Export all contacts</source>
        <translation>Exportar todos los contactos</translation>
    </message>
    <message>
        <source>Export the release&apos;s contacts</source>
        <translation>Exportar los contactos del comunicado</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Columnas:</translation>
    </message>
    <message>
        <source>Every field (this application&apos;s columns)</source>
        <translation>Todos los campos (columnas de esta aplicación)</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Google Contacts</translation>
    </message>
    <message>
        <source>Column layout</source>
        <translation>Diseño de columnas</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elija un archivo…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Elegir el archivo que escribir</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Start the export</source>
        <translation>Iniciar la exportación</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Importar desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>There is no file at {file}.</source>
        <translation>No hay ningún archivo en {file}.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>No se pudo leer el archivo: {reason}</translation>
    </message>
    <message>
        <source>Read as {encoding}, columns separated by {delimiter}.</source>
        <translation>Leído como {encoding}, columnas separadas por {delimiter}.</translation>
    </message>
    <message>
        <source>Mapping remembered from last time.</source>
        <translation>Asignación recordada de la última vez.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntos y comas</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>barras verticales</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importa</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Campo de la columna {column}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Reading {file} to see what would change…</source>
        <translation>Leyendo {file} para ver qué cambiaría…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Preview cancelled. Nothing was written.</source>
        <translation>Vista previa cancelada. No se escribió nada.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written: the database is as it was.</source>
        <translation>Importación cancelada. No se escribió nada: la base de datos sigue como estaba.</translation>
    </message>
    <message>
        <source>The import failed; nothing was written. {reason}</source>
        <translation>La importación falló; no se escribió nada. {reason}</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Importing this file would give: new contacts {created}, updated {updated}, unchanged {unchanged}; rows skipped {skipped}.</source>
        <translation>Aún no se ha escrito nada. Importar este archivo daría: contactos nuevos {created}, actualizados {updated}, sin cambios {unchanged}; filas omitidas {skipped}.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message>
        <source>Imported. New contacts: {created}, updated: {updated}, unchanged: {unchanged}; rows skipped: {skipped}.</source>
        <translation>Importado. Contactos nuevos: {created}, actualizados: {updated}, sin cambios: {unchanged}; filas omitidas: {skipped}.</translation>
    </message>
    <message>
        <source>… ({count} in all)</source>
        <translation>… ({count} en total)</translation>
    </message>
    <message>
        <source>Create it, in</source>
        <translation>Crearla, en</translation>
    </message>
    <message>
        <source>Create the office “{name}”</source>
        <translation>Crear la oficina «{name}»</translation>
    </message>
    <message>
        <source>Country of the office “{name}”</source>
        <translation>País de la oficina «{name}»</translation>
    </message>
    <message>
        <source>No office has these names. Tick one and choose its country to create it with the import; otherwise its contacts are imported without an office, the name kept in their notes.</source>
        <translation>Ninguna oficina tiene estos nombres. Marque una y elija su país para crearla con la importación; si no, sus contactos se importan sin oficina, con el nombre guardado en sus notas.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Cancelar el trabajo en curso</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>To create ({count})</source>
        <translation>Para crear ({count})</translation>
    </message>
    <message>
        <source>To update ({count})</source>
        <translation>Para actualizar ({count})</translation>
    </message>
    <message>
        <source>Unchanged ({count})</source>
        <translation>Sin cambios ({count})</translation>
    </message>
    <message>
        <source>Skipped ({count})</source>
        <translation>Omitidas ({count})</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Advertencias ({count})</translation>
    </message>
    <message>
        <source>Unknown offices ({count})</source>
        <translation>Oficinas desconocidas ({count})</translation>
    </message>
    <message>
        <source>Created ({count})</source>
        <translation>Creados ({count})</translation>
    </message>
    <message>
        <source>Updated ({count})</source>
        <translation>Actualizados ({count})</translation>
    </message>
    <message>
        <source>Import from Spreadsheet</source>
        <translation>Importar desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (.xlsx) file, for example an export from Outlook, Google Contacts or Thunderbird, or a list made by hand. Next, you say what each column holds, then see what the import would create, update and skip before anything is written.</source>
        <translation>Elija un archivo CSV o Excel (.xlsx), por ejemplo una exportación de Outlook, Google Contacts o Thunderbird, o una lista hecha a mano. Después indique qué contiene cada columna y vea qué crearía, actualizaría y omitiría la importación antes de escribir nada.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elija un archivo…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo que importar</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with signature</source>
        <translation>UTF-8 con firma</translation>
    </message>
    <message>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16 («Texto Unicode» de Excel)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (occidental)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>Barra vertical</translation>
    </message>
    <message>
        <source>Columns of the file and what each holds</source>
        <translation>Columnas del archivo y lo que contiene cada una</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Rows by outcome</source>
        <translation>Filas por resultado</translation>
    </message>
    <message>
        <source>Rows that create a contact</source>
        <translation>Filas que crean un contacto</translation>
    </message>
    <message>
        <source>Rows that complete a contact</source>
        <translation>Filas que completan un contacto</translation>
    </message>
    <message>
        <source>Rows that change nothing</source>
        <translation>Filas que no cambian nada</translation>
    </message>
    <message>
        <source>Rows that are skipped, with the reason</source>
        <translation>Filas omitidas, con el motivo</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Offices the file names that do not exist</source>
        <translation>Oficinas nombradas en el archivo que no existen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; A&amp;trás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Si&amp;guiente &gt;</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Ir al paso siguiente</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the file</source>
        <translation>Importar el archivo</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>“{action}” was not undone: {reason}

It stays in Edit → Undo, so you can try again once this is sorted out.</source>
        <translation>«{action}» no se ha deshecho: {reason}

Sigue en Editar → Deshacer: podrá volver a intentarlo cuando se haya resuelto.</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>No se puede rehacer</translation>
    </message>
    <message>
        <source>“{action}” was not redone: {reason}

It stays in Edit → Redo, so you can try again once this is sorted out.</source>
        <translation>«{action}» no se ha rehecho: {reason}

Sigue en Editar → Rehacer: podrá volver a intentarlo cuando se haya resuelto.</translation>
    </message>
    <message>
        <source>Undone: {action}. Warning: {warnings}.</source>
        <translation>Deshecho: {action}. Atención: {warnings}.</translation>
    </message>
    <message>
        <source>Redone: {action}. Warning: {warnings}.</source>
        <translation>Rehecho: {action}. Atención: {warnings}.</translation>
    </message>
</context>
<context>
    <name>VCardFiles</name>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Archivos vCard (*.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Press Contacts</source>
        <translation>Le damos la bienvenida a Press Contacts</translation>
    </message>
    <message>
        <source>Keep your press officers and mission contacts in one place, with phone numbers and e-mail addresses checked as you type them. There are no contacts yet: start with one of these.</source>
        <translation>Reúna a sus responsables de prensa y contactos de misión en un solo lugar, con teléfonos y correos comprobados mientras los escribe. Todavía no hay contactos: empiece por una de estas opciones.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>Type in a press officer or mission contact yourself.</source>
        <translation>Escriba usted mismo un responsable de prensa o un contacto de misión.</translation>
    </message>
    <message>
        <source>Import vCards…</source>
        <translation>Importar vCards…</translation>
    </message>
    <message>
        <source>Bring in contacts exported from Outlook, Google, Apple or Thunderbird.</source>
        <translation>Traiga contactos exportados de Outlook, Google, Apple o Thunderbird.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Cargar datos de ejemplo</translation>
    </message>
    <message>
        <source>A few offices and contacts to try the program with.</source>
        <translation>Algunas oficinas y contactos para probar el programa.</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Press Contacts</source>
        <translation>Press Contacts</translation>
    </message>
    <message>
        <source>The database cannot be opened.

{reason}</source>
        <translation>No se puede abrir la base de datos.

{reason}</translation>
    </message>
    <message>
        <source>Choose Another Database…</source>
        <translation>Elegir otra base de datos…</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be opened.

{reason}</source>
        <translation>El archivo de la base de datos está dañado y no se puede abrir.

{reason}</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>The backup was not restored.

{reason}</source>
        <translation>No se restauró la copia de seguridad.

{reason}</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>Se restauró {name}.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as {name}; File → Restore a Backup brings it back.</source>
        <translation>El archivo sustituido se guardó como {name}; Archivo → Restaurar una copia de seguridad lo recupera.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>tratamiento</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>office</source>
        <translation>oficina</translation>
    </message>
    <message>
        <source>parent office</source>
        <translation>oficina superior</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>switchboard</source>
        <translation>centralita</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>idiomas</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>release</source>
        <translation>comunicado</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>lugar de emisión</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>dirección web</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>output file</source>
        <translation>archivo de salida</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>{what} {key} was changed by someone else since you opened it; reload and try again</source>
        <translation>{what} {key} fue modificado por otra persona desde que lo abrió; recárguelo e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>{what} not found: {key}</source>
        <translation>{what} no encontrado: {key}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 country code</source>
        <translation>«{value}» no es un código de país ISO 3166</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>unbalanced curly braces ({detail}); write {{{{ or }}}} for a brace printed as is</source>
        <translation>llaves desparejadas ({detail}); escriba {{{{ o }}}} para imprimir una llave tal cual</translation>
    </message>
    <message>
        <source>{name} was last verified on {date}, over {days} days ago</source>
        <translation>{name} se verificó por última vez el {date}, hace más de {days} días</translation>
    </message>
    <message>
        <source>must contain {placeholders}</source>
        <translation>debe contener {placeholders}</translation>
    </message>
    <message>
        <source>{name} was last verified on {date}, over {months} months ago</source>
        <translation>{name} se verificó por última vez el {date}, hace más de {months} meses</translation>
    </message>
    <message>
        <source>{name} was last verified on {date}, over 1 day ago</source>
        <translation>{name} se verificó por última vez el {date}, hace más de un día</translation>
    </message>
    <message>
        <source>no contact-block template for &apos;{language}&apos;; available: {available}</source>
        <translation>no hay plantilla de bloque de contactos para «{language}»; disponibles: {available}</translation>
    </message>
    <message>
        <source>{file}: {place} must list punctuation marks only, such as {example}</source>
        <translation>{file}: {place} solo debe contener signos de puntuación, por ejemplo {example}</translation>
    </message>
    <message>
        <source>{file}: {place} must be text in quotation marks</source>
        <translation>{file}: {place} debe ser un texto entre comillas</translation>
    </message>
    <message>
        <source>unknown placeholder {placeholder}; use {choices}</source>
        <translation>campo desconocido {placeholder}; use {choices}</translation>
    </message>
    <message>
        <source>write the placeholder as {placeholder}, with nothing else inside the braces</source>
        <translation>escriba el campo como {placeholder}, sin nada más dentro de las llaves</translation>
    </message>
    <message>
        <source>a block needs at least one contact</source>
        <translation>un bloque necesita al menos un contacto</translation>
    </message>
    <message>
        <source>contact #{id} has no name to print</source>
        <translation>el contacto n.º {id} no tiene nombre que imprimir</translation>
    </message>
    <message>
        <source>must be zero or more</source>
        <translation>debe ser cero o más</translation>
    </message>
    <message>
        <source>{name} has no job title in {language}; the block prints the English one ({title})</source>
        <translation>{name} no tiene cargo en «{language}»; el bloque imprime el cargo en inglés ({title})</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({detail})</source>
        <translation>{file}: no se puede leer ({detail})</translation>
    </message>
    <message>
        <source>{file}: is not UTF-8 text (byte {byte}); save it as UTF-8</source>
        <translation>{file}: no es texto UTF-8 (byte {byte}); guárdelo como UTF-8</translation>
    </message>
    <message>
        <source>{file}: not valid TOML: {detail}</source>
        <translation>{file}: TOML no válido: {detail}</translation>
    </message>
    <message>
        <source>{file}: {place} is missing</source>
        <translation>{file}: falta {place}</translation>
    </message>
    <message>
        <source>{name} has left the organisation</source>
        <translation>{name} ha dejado la organización</translation>
    </message>
    <message>
        <source>{name} has no valid phone or e-mail</source>
        <translation>{name} no tiene teléfono ni correo electrónico válido</translation>
    </message>
    <message>
        <source>{name} has never been verified</source>
        <translation>{name} nunca se ha verificado</translation>
    </message>
    <message>
        <source>{where}: {place} is empty</source>
        <translation>{where}: {place} está vacío</translation>
    </message>
    <message>
        <source>{file}: {place}: {problem}</source>
        <translation>{file}: {place}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {key} must be a section written [{section}]</source>
        <translation>{file}: {key} debe ser una sección escrita [{section}]</translation>
    </message>
    <message>
        <source>{file}: unknown setting {place}</source>
        <translation>{file}: ajuste desconocido {place}</translation>
    </message>
    <message>
        <source>{name} has a phone flagged invalid: {number}</source>
        <translation>{name} tiene un teléfono marcado como no válido: {number}</translation>
    </message>
    <message>
        <source>{where}: {place}: {problem}</source>
        <translation>{where}: {place}: {problem}</translation>
    </message>
    <message>
        <source>{name} has a phone that cannot be read: {number}</source>
        <translation>{name} tiene un teléfono ilegible: {number}</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>No es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>An email address must have an @-sign.</source>
        <translation>Una dirección de correo debe tener una @.</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>La parte tras la @ no es válida. Debería tener un punto.</translation>
    </message>
    <message>
        <source>An email address cannot end with a period.</source>
        <translation>Una dirección de correo no puede terminar en punto.</translation>
    </message>
    <message>
        <source>An email address cannot start with a period.</source>
        <translation>Una dirección de correo no puede empezar por un punto.</translation>
    </message>
    <message>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Una dirección de correo no puede tener dos puntos seguidos.</translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation>Debe haber algo antes de la @.</translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation>Debe haber algo después de la @.</translation>
    </message>
    <message>
        <source>{country} (+{code})</source>
        <translation>{country} (+{code})</translation>
    </message>
    <message>
        <source>not a phone number: it contains characters a phone number cannot have</source>
        <translation>no es un número de teléfono: contiene caracteres que un número no puede tener</translation>
    </message>
    <message>
        <source>the number is not valid for {plan}</source>
        <translation>el número no es válido para {plan}</translation>
    </message>
    <message>
        <source>country code +{code}</source>
        <translation>prefijo +{code}</translation>
    </message>
    <message>
        <source>not a phone number: it contains no digits</source>
        <translation>no es un número de teléfono: no contiene ningún dígito</translation>
    </message>
    <message>
        <source>the number has no country calling code: start it with + and the code (e.g. +86), or give the office a country</source>
        <translation>el número no tiene prefijo internacional: empiece con + y el prefijo (p. ej. +86), o indique el país de la oficina</translation>
    </message>
    <message>
        <source>the number is too short after the international prefix</source>
        <translation>el número es demasiado corto tras el prefijo internacional</translation>
    </message>
    <message>
        <source>the number is too short</source>
        <translation>el número es demasiado corto</translation>
    </message>
    <message>
        <source>the number is too long</source>
        <translation>el número es demasiado largo</translation>
    </message>
    <message>
        <source>unknown country calling code +{code}</source>
        <translation>prefijo internacional desconocido +{code}</translation>
    </message>
    <message>
        <source>the number is too short for {plan}</source>
        <translation>el número es demasiado corto para {plan}</translation>
    </message>
    <message>
        <source>the number is too short for {plan}: it looks like a local number</source>
        <translation>el número es demasiado corto para {plan}: parece un número local</translation>
    </message>
    <message>
        <source>the number is too long for {plan}</source>
        <translation>el número es demasiado largo para {plan}</translation>
    </message>
    <message>
        <source>the number has the wrong number of digits for {plan}</source>
        <translation>el número no tiene la cantidad correcta de dígitos para {plan}</translation>
    </message>
    <message>
        <source>the digits after the comma ({digits}) are not read as an extension; write &apos;ext. {digits}&apos; if that is what they are</source>
        <translation>los dígitos tras la coma ({digits}) no se leen como extensión; escriba «ext. {digits}» si lo son</translation>
    </message>
    <message>
        <source>is not a valid phone number</source>
        <translation>no es un número de teléfono válido</translation>
    </message>
    <message>
        <source>{reason}; did you mean {suggestion}?</source>
        <translation>{reason}; ¿quería decir {suggestion}?</translation>
    </message>
    <message>
        <source>the number is empty</source>
        <translation>el número está vacío</translation>
    </message>
    <message>
        <source>too long to be a phone number (more than {limit} characters)</source>
        <translation>demasiado largo para un número de teléfono (más de {limit} caracteres)</translation>
    </message>
    <message>
        <source>there is only an extension, no number before it</source>
        <translation>solo hay una extensión, sin número delante</translation>
    </message>
    <message>
        <source>{what} {key} was changed by someone else since you read version {expected}: {who} saved version {version} at {when}; nothing was saved</source>
        <translation>{what} {key} fue modificado por otra persona desde que leyó la versión {expected}: {who} guardó la versión {version} el {when}; no se guardó nada</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>the number is too short for {plan}: the area code ({area}) is missing</source>
        <translation>el número es demasiado corto para {plan}: falta el prefijo de zona ({area})</translation>
    </message>
    <message>
        <source>{count} e-mail addresses are hidden by the web page</source>
        <translation>la página web oculta {count} direcciones de correo</translation>
    </message>
    <message>
        <source>1 e-mail address is hidden by the web page</source>
        <translation>la página web oculta 1 dirección de correo</translation>
    </message>
    <message>
        <source>is too large to be a press release ({size} MB; at most {limit} MB)</source>
        <translation>es demasiado grande para ser un comunicado ({size} MB; como máximo {limit} MB)</translation>
    </message>
    <message>
        <source>garbled accents repaired on {count} lines (such as &apos;PÃ©kin&apos;)</source>
        <translation>acentos corruptos reparados en {count} líneas (como «PÃ©kin»)</translation>
    </message>
    <message>
        <source>no contact block found (no “For more information” heading)</source>
        <translation>no se encontró ningún bloque de contactos (sin el título «Para más información»)</translation>
    </message>
    <message>
        <source>1 phone number or address in the block names no person; left out</source>
        <translation>1 número o dirección del bloque no nombra a nadie; se omite</translation>
    </message>
    <message>
        <source>the text is not UTF-8; it was read as Windows-1252</source>
        <translation>el texto no está en UTF-8; se leyó como Windows-1252</translation>
    </message>
    <message>
        <source>a large page: only its top and its contact block&apos;s surroundings were read</source>
        <translation>una página grande: solo se leyeron su inicio y el entorno de su bloque de contactos</translation>
    </message>
    <message>
        <source>the contact block names no one</source>
        <translation>el bloque de contactos no nombra a nadie</translation>
    </message>
    <message>
        <source>{count} phone numbers or addresses in the block name no person; left out</source>
        <translation>{count} números o direcciones del bloque no nombran a nadie; se omiten</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Whole name (split)</source>
        <translation>Nombre completo (separado)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Sufijo del nombre</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>Apellido primero</translation>
    </message>
    <message>
        <source>Job title (English)</source>
        <translation>Cargo (inglés)</translation>
    </message>
    <message>
        <source>Job title (French)</source>
        <translation>Cargo (francés)</translation>
    </message>
    <message>
        <source>Job title (Spanish)</source>
        <translation>Cargo (español)</translation>
    </message>
    <message>
        <source>Other job titles</source>
        <translation>Otros cargos</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Teléfono del trabajo</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono móvil</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Teléfono particular</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Otro teléfono</translation>
    </message>
    <message>
        <source>Kind of the next phone</source>
        <translation>Tipo del teléfono siguiente</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <translation>Correo del trabajo</translation>
    </message>
    <message>
        <source>Home e-mail</source>
        <translation>Correo particular</translation>
    </message>
    <message>
        <source>Other e-mail</source>
        <translation>Otro correo</translation>
    </message>
    <message>
        <source>Kind of the next e-mail</source>
        <translation>Tipo del correo siguiente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última verificación</translation>
    </message>
    <message>
        <source>the mapped columns of this row are empty</source>
        <translation>las columnas asignadas de esta fila están vacías</translation>
    </message>
    <message>
        <source>the row has no name</source>
        <translation>la fila no tiene nombre</translation>
    </message>
    <message>
        <source>no column holds a name: map one to the whole name, given name or family name</source>
        <translation>ninguna columna contiene un nombre: asigne una al nombre completo, al nombre o al apellido</translation>
    </message>
    <message>
        <source>kind &apos;{kind}&apos; is not one this program knows: left out</source>
        <translation>el tipo «{kind}» no lo conoce este programa: se omite</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not say yes or no (active): left out</source>
        <translation>«{value}» no dice sí ni no (activo): se omite</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (last verified): left out</source>
        <translation>«{value}» no es una fecha (última verificación): se omite</translation>
    </message>
    <message>
        <source>{field} is mapped twice, to columns {columns}: map one of them to something else or to nothing</source>
        <translation>{field} está asignado dos veces, a las columnas {columns}: asigne una de ellas a otra cosa o a nada</translation>
    </message>
    <message>
        <source>the row has {cells} cells where the header row has {columns}: a separator is missing or extra, or a quote is left open; fix the row and import again</source>
        <translation>la fila tiene {cells} celdas donde la fila de encabezados tiene {columns}: falta o sobra un separador, o unas comillas quedaron abiertas; corrija la fila e importe de nuevo</translation>
    </message>
    <message>
        <source>is not text: it holds binary data, so it is no CSV file; save the spreadsheet as CSV or .xlsx and import that</source>
        <translation>no es texto: contiene datos binarios, así que no es un archivo CSV; guarde la hoja de cálculo como CSV o .xlsx e importe ese archivo</translation>
    </message>
    <message>
        <source>is not a readable .xlsx workbook ({kind}: {detail}); open it in a spreadsheet program and save it again</source>
        <translation>no es un libro .xlsx legible ({kind}: {detail}); ábralo en una hoja de cálculo y guárdelo de nuevo</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the workbook is password-protected, or an old Excel 97-2003 (.xls) file: save it without a password as .xlsx or .csv, then import that</source>
        <translation>el libro está protegido con contraseña, o es un archivo antiguo de Excel 97-2003 (.xls): guárdelo sin contraseña como .xlsx o .csv e importe ese archivo</translation>
    </message>
    <message>
        <source>is not an .xlsx workbook (it is not a zip archive)</source>
        <translation>no es un libro .xlsx (no es un archivo zip)</translation>
    </message>
    <message>
        <source>the file has a header row but no contacts under it</source>
        <translation>el archivo tiene una fila de encabezados pero ningún contacto debajo</translation>
    </message>
    <message>
        <source>cannot read the file: {detail}</source>
        <translation>no se puede leer el archivo: {detail}</translation>
    </message>
    <message>
        <source>&apos;{encoding}&apos; is not an encoding this program knows</source>
        <translation>«{encoding}» no es una codificación que conozca este programa</translation>
    </message>
    <message>
        <source>the file is not {encoding} text: choose its encoding</source>
        <translation>el archivo no es texto {encoding}: elija su codificación</translation>
    </message>
    <message>
        <source>the delimiter must be one character, not a quote or a line break</source>
        <translation>el separador debe ser un solo carácter, ni comillas ni un salto de línea</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>el libro no tiene ninguna hoja</translation>
    </message>
    <message>
        <source>the workbook has no sheet called &apos;{sheet}&apos; (its sheets: {sheets})</source>
        <translation>el libro no tiene ninguna hoja llamada «{sheet}» (sus hojas: {sheets})</translation>
    </message>
    <message>
        <source>the workbook has {count} sheets: only the first, &apos;{sheet}&apos;, is read</source>
        <translation>el libro tiene {count} hojas: solo se lee la primera, «{sheet}»</translation>
    </message>
    <message>
        <source>merged cells ({cells}): each row of a merged block is given its value, in the block&apos;s first column</source>
        <translation>celdas combinadas ({cells}): cada fila de un bloque combinado recibe su valor, en la primera columna del bloque</translation>
    </message>
    <message>
        <source>{count} cells hold a formula: the value saved with each was read, no formula was run (one never calculated reads as empty)</source>
        <translation>{count} celdas contienen una fórmula: se leyó el valor guardado con cada una, no se ejecutó ninguna fórmula (una nunca calculada se lee vacía)</translation>
    </message>
    <message>
        <source>the first row of the sheet holds no headers</source>
        <translation>la primera fila de la hoja no contiene encabezados</translation>
    </message>
    <message>
        <source>the sheet has a header row but no contacts under it</source>
        <translation>la hoja tiene una fila de encabezados pero ningún contacto debajo</translation>
    </message>
    <message>
        <source>row {row}: the text is not {encoding}: choose the file&apos;s encoding</source>
        <translation>fila {row}: el texto no está en {encoding}: elija la codificación del archivo</translation>
    </message>
    <message>
        <source>row {row}: a cell is longer than {limit} characters: a quote is probably left open</source>
        <translation>fila {row}: una celda tiene más de {limit} caracteres: probablemente unas comillas quedaron abiertas</translation>
    </message>
    <message>
        <source>row {row}: cannot read the row ({detail})</source>
        <translation>fila {row}: no se puede leer la fila ({detail})</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>no es un texto UTF-8 válido</translation>
    </message>
    <message>
        <source>is too long ({length} characters; at most {limit})</source>
        <translation>es demasiado largo ({length} caracteres; {limit} como máximo)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code such as en, fr or es</source>
        <translation>«{value}» no es un código de idioma como en, fr o es</translation>
    </message>
    <message>
        <source>the Outlook profile writes vCard 3.0; CHARSET is not allowed in 4.0</source>
        <translation>el perfil Outlook escribe vCard 3.0; CHARSET no se admite en 4.0</translation>
    </message>
    <message>
        <source>line {line}: text is not valid CHARSET={charset}; read as {used}</source>
        <translation>línea {line}: el texto no es CHARSET={charset} válido; se lee como {used}</translation>
    </message>
    <message>
        <source>line {number} is not a vCard property: {text}</source>
        <translation>la línea {number} no es una propiedad vCard: {text}</translation>
    </message>
    <message>
        <source>no vCards found</source>
        <translation>no se encontró ninguna vCard</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a vCard version; use {choices}</source>
        <translation>«{value}» no es una versión de vCard; use {choices}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a vCard profile; use {choices}</source>
        <translation>«{value}» no es un perfil de vCard; use {choices}</translation>
    </message>
    <message>
        <source>card has no END:VCARD</source>
        <translation>la tarjeta no tiene END:VCARD</translation>
    </message>
    <message>
        <source>vobject: {detail}</source>
        <translation>vobject: {detail}</translation>
    </message>
    <message>
        <source>cannot read card: {kind}: {detail}</source>
        <translation>no se puede leer la tarjeta: {kind}: {detail}</translation>
    </message>
    <message>
        <source>card is larger than {limit} bytes; skipped</source>
        <translation>la tarjeta supera {limit} bytes; se omite</translation>
    </message>
    <message>
        <source>ignored {count} line(s) outside any vCard</source>
        <translation>{count} línea(s) fuera de cualquier vCard omitida(s)</translation>
    </message>
    <message>
        <source>not a vCard file (no BEGIN:VCARD found)</source>
        <translation>no es un archivo vCard (no hay BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>file is not UTF-8; read as Windows-1252 (first at the card on line {line})</source>
        <translation>el archivo no está en UTF-8; se lee como Windows-1252 (desde la tarjeta de la línea {line})</translation>
    </message>
    <message>
        <source>line {number} is longer than {limit} bytes; card skipped</source>
        <translation>la línea {number} supera {limit} bytes; se omite la tarjeta</translation>
    </message>
    <message>
        <source>card has more than {limit} properties; skipped</source>
        <translation>la tarjeta tiene más de {limit} propiedades; se omite</translation>
    </message>
    <message>
        <source>--db: the folder {folder} is read-only, and SQLite must write its journal files beside the database; make the folder writable, or copy the file to a folder you can write to</source>
        <translation>--db: la carpeta {folder} es de solo lectura, y SQLite debe escribir sus archivos de diario junto a la base de datos; haga que la carpeta admita escritura o copie el archivo a una carpeta en la que pueda escribir</translation>
    </message>
    <message>
        <source>--db: {path} is damaged ({detail}) and cannot be read; restore the latest good backup ({backup}) with: crm-app db restore latest</source>
        <translation>--db: {path} está dañado ({detail}) y no se puede leer; restaure la última copia de seguridad buena ({backup}) con: crm-app db restore latest</translation>
    </message>
    <message>
        <source>--db: the folder {folder} does not exist</source>
        <translation>--db: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>--db: the URL contains a NUL character</source>
        <translation>--db: la URL contiene un carácter NUL</translation>
    </message>
    <message>
        <source>--db: &apos;{driver}&apos; databases are not supported; use {examples}</source>
        <translation>--db: las bases de datos «{driver}» no son compatibles; use {examples}</translation>
    </message>
    <message>
        <source>--db: port {port} is not a port number (1 to 65535)</source>
        <translation>--db: {port} no es un número de puerto (de 1 a 65535)</translation>
    </message>
    <message>
        <source>--db: &apos;{url}&apos;: a SQLite URL names a file, not a server: sqlite:///FILE</source>
        <translation>--db: «{url}»: una URL de SQLite designa un archivo, no un servidor: sqlite:///ARCHIVO</translation>
    </message>
    <message>
        <source>--db: &apos;{url}&apos;: a SQLite URL takes no options (after &apos;?&apos;)</source>
        <translation>--db: «{url}»: una URL de SQLite no admite opciones (tras «?»)</translation>
    </message>
    <message>
        <source>--db: {path} is another program&apos;s database (tables: {tables}); Press Contacts opens only its own files and left this one unchanged. Give a new file name to start a database of its own</source>
        <translation>--db: {path} es la base de datos de otro programa (tablas: {tables}); Press Contacts solo abre sus propios archivos y no ha modificado este. Indique un nombre de archivo nuevo para crear una base de datos propia</translation>
    </message>
    <message>
        <source>--db: {path} is damaged ({detail}) and cannot be read; there is no backup of it; keep a copy of the file before trying anything</source>
        <translation>--db: {path} está dañado ({detail}) y no se puede leer; no hay ninguna copia de seguridad; guarde una copia del archivo antes de intentar nada</translation>
    </message>
    <message>
        <source>--db: the database was made by a newer Press Contacts (schema {schema}); update the program to open it</source>
        <translation>--db: la base de datos la creó una versión más reciente de Press Contacts (esquema {schema}); actualice el programa para abrirla</translation>
    </message>
    <message>
        <source>--db: {path} is not a file</source>
        <translation>--db: {path} no es un archivo</translation>
    </message>
    <message>
        <source>--db: {path} cannot be read and written (permission denied); make the file writable for you, or open a copy of it</source>
        <translation>--db: {path} no se puede leer ni escribir (permiso denegado); haga que el archivo admita escritura para usted o abra una copia</translation>
    </message>
    <message>
        <source>--db: {path} is not a database file</source>
        <translation>--db: {path} no es un archivo de base de datos</translation>
    </message>
    <message>
        <source>--db: cannot create a database in {folder} (permission denied)</source>
        <translation>--db: no se puede crear una base de datos en {folder} (permiso denegado)</translation>
    </message>
    <message>
        <source>--db: the URL is not valid UTF-8 text</source>
        <translation>--db: la URL no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>--db: &apos;{url}&apos; is not a database URL such as {examples}</source>
        <translation>--db: «{url}» no es una URL de base de datos como {examples}</translation>
    </message>
    <message>
        <source>--db: cannot open {url}: {detail}</source>
        <translation>--db: no se puede abrir {url}: {detail}</translation>
    </message>
    <message>
        <source>--db: cannot use {path}: {detail}</source>
        <translation>--db: no se puede usar {path}: {detail}</translation>
    </message>
    <message>
        <source>--db: the upgrade would break {count} references; nothing was changed</source>
        <translation>--db: la actualización rompería {count} referencias; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>cannot connect to {location}: {detail}</source>
        <translation>no se puede conectar con {location}: {detail}</translation>
    </message>
    <message>
        <source>user: the server lets user {user} in only from the computer account of the same name (peer or ident authentication); ask the server&apos;s administrator</source>
        <translation>usuario: el servidor solo deja entrar al usuario {user} desde la cuenta del equipo del mismo nombre (autenticación peer o ident); consulte al administrador del servidor</translation>
    </message>
    <message>
        <source>user: the server has no user called {user}</source>
        <translation>usuario: el servidor no tiene ningún usuario llamado {user}</translation>
    </message>
    <message>
        <source>user and password: the server refused user {user} with this password; either the password is wrong or there is no such user</source>
        <translation>usuario y contraseña: el servidor rechazó al usuario {user} con esta contraseña; o la contraseña es incorrecta o ese usuario no existe</translation>
    </message>
    <message>
        <source>database: the server at {host} has no database called {database}; check the name, or ask the server&apos;s administrator to create it</source>
        <translation>base de datos: el servidor {host} no tiene ninguna base de datos llamada {database}; compruebe el nombre o pida al administrador del servidor que la cree</translation>
    </message>
    <message>
        <source>password: the server asks for user {user}&apos;s password, and none was typed or found in the password file</source>
        <translation>contraseña: el servidor pide la contraseña del usuario {user}, y no se escribió ninguna ni se encontró en el archivo de contraseñas</translation>
    </message>
    <message>
        <source>user: the server does not let user {user} connect to database {database} from this computer (its pg_hba.conf); ask the server&apos;s administrator</source>
        <translation>usuario: el servidor no deja que el usuario {user} se conecte a la base de datos {database} desde este equipo (su pg_hba.conf); consulte al administrador del servidor</translation>
    </message>
    <message>
        <source>user: user {user} may not connect to database {database}; ask the server&apos;s administrator for the CONNECT privilege</source>
        <translation>usuario: el usuario {user} no puede conectarse a la base de datos {database}; pida el privilegio CONNECT al administrador del servidor</translation>
    </message>
    <message>
        <source>user: user {user} is not allowed to log in to this server</source>
        <translation>usuario: el usuario {user} no tiene permiso para iniciar sesión en este servidor</translation>
    </message>
    <message>
        <source>SSL mode: the server at {host} does not offer encryption, which the SSL mode “{mode}” insists on; choose “prefer”, or ask the server&apos;s administrator to turn SSL on</source>
        <translation>modo SSL: el servidor {host} no ofrece el cifrado que exige el modo SSL «{mode}»; elija «prefer» o pida al administrador del servidor que active SSL</translation>
    </message>
    <message>
        <source>SSL mode: the encrypted connection to {host} failed ({detail}); the modes verify-ca and verify-full need the server&apos;s root certificate on this computer</source>
        <translation>modo SSL: la conexión cifrada con {host} falló ({detail}); los modos verify-ca y verify-full necesitan el certificado raíz del servidor en este equipo</translation>
    </message>
    <message>
        <source>host: this computer finds no server called {host}; check the name</source>
        <translation>host: este equipo no encuentra ningún servidor llamado {host}; compruebe el nombre</translation>
    </message>
    <message>
        <source>host and port: {host}, port {port} did not answer within {seconds} seconds; check both, and that this computer can reach the server (network, VPN, firewall)</source>
        <translation>host y puerto: {host}, puerto {port} no respondió en {seconds} segundos; compruebe ambos y que este equipo puede llegar al servidor (red, VPN, cortafuegos)</translation>
    </message>
    <message>
        <source>host and port: what answers at {host}, port {port} is not a PostgreSQL server; check the port</source>
        <translation>host y puerto: lo que responde en {host}, puerto {port} no es un servidor PostgreSQL; compruebe el puerto</translation>
    </message>
    <message>
        <source>host and port: no PostgreSQL server answers at {host}, port {port}; check both, and that the server is running</source>
        <translation>host y puerto: ningún servidor PostgreSQL responde en {host}, puerto {port}; compruebe ambos y que el servidor está en marcha</translation>
    </message>
    <message>
        <source>the server at {host} has no free connection left; try again in a moment</source>
        <translation>el servidor {host} no tiene conexiones libres; vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>the server at {host} is starting up or shutting down; try again in a moment</source>
        <translation>el servidor {host} se está iniciando o apagando; vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL: {url}</source>
        <translation>no es una URL de PostgreSQL: {url}</translation>
    </message>
    <message>
        <source>SSL mode: the server accepts user {user} only over an encrypted connection; choose the SSL mode “require”</source>
        <translation>modo SSL: el servidor solo acepta al usuario {user} por una conexión cifrada; elija el modo SSL «require»</translation>
    </message>
    <message>
        <source>not a database URL: {url}</source>
        <translation>no es una URL de base de datos: {url}</translation>
    </message>
    <message>
        <source>no office called &apos;{name}&apos;</source>
        <translation>no hay ninguna oficina llamada «{name}»</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; names several offices ({ids}); give the id</source>
        <translation>«{name}» designa varias oficinas ({ids}); indique el id</translation>
    </message>
    <message>
        <source>{field}: the database refused the change ({detail})</source>
        <translation>{field}: la base de datos rechazó el cambio ({detail})</translation>
    </message>
    <message>
        <source>the database is busy with someone else&apos;s change; nothing was saved, try again</source>
        <translation>la base de datos está guardando el cambio de otra persona; no se guardó nada, inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only, so nothing was saved; make both writable for you, or copy the file to a folder you can write to</source>
        <translation>el archivo de la base de datos o su carpeta es de solo lectura, así que no se guardó nada; haga que ambos se puedan escribir, o copie el archivo a una carpeta donde pueda escribir</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}); choose the database again in Preferences, or delete the file to use the embedded one</source>
        <translation>{file} no se puede leer ({reason}); vuelva a elegir la base de datos en Preferencias o borre el archivo para usar la integrada</translation>
    </message>
    <message>
        <source>connected to {location}: the database has schema {revision} and will be upgraded to {head} on first use; a copy is kept before upgrading a SQLite file only, so back the server up first</source>
        <translation>conectado a {location}: la base de datos tiene el esquema {revision} y se actualizará a {head} en el primer uso; solo se guarda una copia antes de actualizar un archivo SQLite, así que haga antes una copia de seguridad del servidor</translation>
    </message>
    <message>
        <source>host: give the server&apos;s name or address</source>
        <translation>host: indique el nombre o la dirección del servidor</translation>
    </message>
    <message>
        <source>database: give the database&apos;s name</source>
        <translation>base de datos: indique el nombre de la base de datos</translation>
    </message>
    <message>
        <source>user: give the user name to connect as</source>
        <translation>usuario: indique el nombre de usuario para conectarse</translation>
    </message>
    <message>
        <source>port: give a number from 1 to 65535 (usually 5432)</source>
        <translation>puerto: indique un número de 1 a 65535 (normalmente 5432)</translation>
    </message>
    <message>
        <source>SSL mode: choose one of {modes}</source>
        <translation>modo SSL: elija uno de {modes}</translation>
    </message>
    <message>
        <source>password: it cannot contain a line break</source>
        <translation>contraseña: no puede contener un salto de línea</translation>
    </message>
    <message>
        <source>database: {database} holds another program&apos;s tables ({tables}); give Press Contacts a database of its own</source>
        <translation>base de datos: {database} contiene tablas de otro programa ({tables}); dé a Press Contacts una base de datos propia</translation>
    </message>
    <message>
        <source>database: {database} was set up by a newer Press Contacts (schema {revision}); update this program to use it</source>
        <translation>base de datos: {database} la preparó una versión más reciente de Press Contacts (esquema {revision}); actualice este programa para usarla</translation>
    </message>
    <message>
        <source>connected to {location}: the database is up to date (schema {head})</source>
        <translation>conectado a {location}: la base de datos está al día (esquema {head})</translation>
    </message>
    <message>
        <source>connected to {location}: the database is empty; it will be set up on first use</source>
        <translation>conectado a {location}: la base de datos está vacía; se preparará en el primer uso</translation>
    </message>
    <message>
        <source>user: {user} may not create tables in {database}, which setting it up or upgrading it needs; its owner runs &apos;crm-app db migrate&apos; first, or the server&apos;s administrator makes {user} its owner</source>
        <translation>usuario: {user} no puede crear tablas en {database}, lo que necesita su preparación o actualización; su propietario ejecuta antes &apos;crm-app db migrate&apos;, o el administrador del servidor hace a {user} su propietario</translation>
    </message>
    <message>
        <source>database: the server lacks the pg_trgm extension that the search needs; its administrator installs it (on Debian and Ubuntu, the package postgresql-contrib)</source>
        <translation>base de datos: al servidor le falta la extensión pg_trgm que necesita la búsqueda; su administrador la instala (en Debian y Ubuntu, el paquete postgresql-contrib)</translation>
    </message>
    <message>
        <source>database: {database} lacks the pg_trgm extension and {user} may not add it; the server&apos;s administrator runs CREATE EXTENSION pg_trgm in it</source>
        <translation>base de datos: a {database} le falta la extensión pg_trgm y {user} no puede añadirla; el administrador del servidor ejecuta en ella CREATE EXTENSION pg_trgm</translation>
    </message>
    <message>
        <source>a host, database or user name cannot contain a line break</source>
        <translation>un nombre de host, de base de datos o de usuario no puede contener un salto de línea</translation>
    </message>
    <message>
        <source>the choice could not be saved in {file}: {reason}</source>
        <translation>no se pudo guardar la elección en {file}: {reason}</translation>
    </message>
    <message>
        <source>the password could not be written to {file}: {reason}</source>
        <translation>no se pudo escribir la contraseña en {file}: {reason}</translation>
    </message>
    <message>
        <source>is empty (give a given or a family name)</source>
        <translation>está vacío (indique un nombre o un apellido)</translation>
    </message>
    <message>
        <source>at most {limit} numbers per contact</source>
        <translation>{limit} números como máximo por contacto</translation>
    </message>
    <message>
        <source>at most {limit} addresses per contact</source>
        <translation>{limit} direcciones como máximo por contacto</translation>
    </message>
    <message>
        <source>same e-mail {value}</source>
        <translation>mismo correo {value}</translation>
    </message>
    <message>
        <source>same phone {value}</source>
        <translation>mismo teléfono {value}</translation>
    </message>
    <message>
        <source>&apos;{uid}&apos; is already taken</source>
        <translation>«{uid}» ya está en uso</translation>
    </message>
    <message>
        <source>office {id} was deleted; restore it first</source>
        <translation>la oficina n.º {id} se eliminó; restáurela primero</translation>
    </message>
    <message>
        <source>contact {id} has no version {version}</source>
        <translation>el contacto n.º {id} no tiene la versión {version}</translation>
    </message>
    <message>
        <source>contact {id} is not deleted</source>
        <translation>el contacto {id} no está eliminado</translation>
    </message>
    <message>
        <source>give a verification date or clear it, not both</source>
        <translation>indique una fecha de verificación o bórrela, no ambas cosas</translation>
    </message>
    <message>
        <source>same family name and initial at the same office</source>
        <translation>mismo apellido e inicial en la misma oficina</translation>
    </message>
    <message>
        <source>same family name and a shortened given name at the same office</source>
        <translation>mismo apellido y nombre abreviado en la misma oficina</translation>
    </message>
    <message>
        <source>left out, as decided</source>
        <translation>omitido, según lo decidido</translation>
    </message>
    <message>
        <source>{place}: {name}: created as a new contact; contact {id} ({other}) may be the same person ({reason})</source>
        <translation>{place}: {name}: creado como contacto nuevo; el contacto {id} ({other}) puede ser la misma persona ({reason})</translation>
    </message>
    <message>
        <source>reading the file stopped unexpectedly ({detail})</source>
        <translation>la lectura del archivo se detuvo de forma inesperada ({detail})</translation>
    </message>
    <message>
        <source>same UID {uid}</source>
        <translation>mismo UID {uid}</translation>
    </message>
    <message>
        <source>no stored contact to link it to</source>
        <translation>no hay ningún contacto guardado al que vincularlo</translation>
    </message>
    <message>
        <source>same e-mail {address}</source>
        <translation>mismo correo {address}</translation>
    </message>
    <message>
        <source>same number {number} and family name</source>
        <translation>mismo número {number} y mismo apellido</translation>
    </message>
    <message>
        <source>the database file {file} is damaged ({detail}); changes are refused so that nothing more is lost. Restore the latest good backup, {backup}, with &apos;crm-app db restore latest&apos; or File → Restore a Backup</source>
        <translation>el archivo de la base de datos {file} está dañado ({detail}); se rechazan los cambios para no perder nada más. Restaure la última copia sana, {backup}, con «crm-app db restore latest» o Archivo → Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>the database file {file} is damaged ({detail}); changes are refused so that nothing more is lost. It has no backup: keep a copy of the file before trying anything else</source>
        <translation>el archivo de la base de datos {file} está dañado ({detail}); se rechazan los cambios para no perder nada más. No tiene copia de seguridad: guarde una copia del archivo antes de intentar nada más</translation>
    </message>
    <message>
        <source>no backup called &apos;{name}&apos;; &apos;crm-app db backups&apos; lists them</source>
        <translation>no hay ninguna copia llamada «{name}»; «crm-app db backups» las enumera</translation>
    </message>
    <message>
        <source>backups are kept for SQLite files only; back up {location} with the server&apos;s own tools</source>
        <translation>las copias de seguridad solo se hacen de archivos SQLite; haga la copia de {location} con las herramientas del servidor</translation>
    </message>
    <message>
        <source>the backup {name} cannot be restored: {problem}</source>
        <translation>la copia {name} no se puede restaurar: {problem}</translation>
    </message>
    <message>
        <source>the database file {file} does not exist</source>
        <translation>el archivo de la base de datos {file} no existe</translation>
    </message>
    <message>
        <source>--db: &apos;{url}&apos; is not a database URL</source>
        <translation>--db: «{url}» no es una URL de base de datos</translation>
    </message>
    <message>
        <source>the database {file} is open in another Press Contacts window or command; close it, then restore again. Nothing was changed</source>
        <translation>la base de datos {file} está abierta en otra ventana u orden de Press Contacts; ciérrela y vuelva a restaurar. No se cambió nada</translation>
    </message>
    <message>
        <source>the backup could not be restored: {reason}</source>
        <translation>no se pudo restaurar la copia: {reason}</translation>
    </message>
    <message>
        <source>there is no sound backup of {file} to restore</source>
        <translation>no hay ninguna copia sana de {file} que restaurar</translation>
    </message>
    <message>
        <source>is empty (an office needs an English name)</source>
        <translation>está vacío (una oficina necesita un nombre en inglés)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is also the name of office {id}</source>
        <translation>«{name}» también es el nombre de la oficina {id}</translation>
    </message>
    <message>
        <source>office {id} has no version {version}</source>
        <translation>la oficina n.º {id} no tiene la versión {version}</translation>
    </message>
    <message>
        <source>office {id} is not deleted</source>
        <translation>la oficina {id} no está eliminada</translation>
    </message>
    <message>
        <source>an office cannot sit under itself or its own branch</source>
        <translation>una oficina no puede depender de sí misma ni de una de sus dependencias</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already the name of office {id}</source>
        <translation>«{name}» ya es el nombre de la oficina {id}</translation>
    </message>
    <message>
        <source>{place}: {name}: {remark}</source>
        <translation>{place}: {name}: {remark}</translation>
    </message>
    <message>
        <source>{place}: {name}: street address not kept: {address}</source>
        <translation>{place}: {name}: dirección postal no conservada: {address}</translation>
    </message>
    <message>
        <source>{place}: {name}: phone &apos;{number}&apos; kept, flagged invalid</source>
        <translation>{place}: {name}: teléfono «{number}» conservado, marcado como no válido</translation>
    </message>
    <message>
        <source>the row has no given or family name</source>
        <translation>la fila no tiene nombre ni apellido</translation>
    </message>
    <message>
        <source>{place}: {name}: phone &apos;{number}&apos; not imported ({reason})</source>
        <translation>{place}: {name}: teléfono «{number}» no importado ({reason})</translation>
    </message>
    <message>
        <source>{place}: {name}: e-mail &apos;{address}&apos; stored as {clean}</source>
        <translation>{place}: {name}: correo «{address}» guardado como {clean}</translation>
    </message>
    <message>
        <source>{place}: {name}: e-mail &apos;{address}&apos; not imported ({reason})</source>
        <translation>{place}: {name}: correo «{address}» no importado ({reason})</translation>
    </message>
    <message>
        <source>the text gives no title for the release</source>
        <translation>el texto no da un título al comunicado</translation>
    </message>
    <message>
        <source>the text gives no date: the release is dated {day}</source>
        <translation>el texto no da fecha: el comunicado lleva fecha del {day}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a web address (http:// or https://)</source>
        <translation>«{value}» no es una dirección web (http:// o https://)</translation>
    </message>
    <message>
        <source>at most {limit} contacts per release</source>
        <translation>{limit} contactos como máximo por comunicado</translation>
    </message>
    <message>
        <source>the same contact is listed twice</source>
        <translation>el mismo contacto aparece dos veces</translation>
    </message>
    <message>
        <source>release {id} has no contacts</source>
        <translation>el comunicado {id} no tiene contactos</translation>
    </message>
    <message>
        <source>no contact with id {id}</source>
        <translation>no hay ningún contacto con el id {id}</translation>
    </message>
    <message>
        <source>release {id} has no version {version}</source>
        <translation>el comunicado n.º {id} no tiene la versión {version}</translation>
    </message>
    <message>
        <source>the release is published; its contacts are frozen</source>
        <translation>el comunicado está publicado; sus contactos ya no se pueden cambiar</translation>
    </message>
    <message>
        <source>contact {id} is deleted</source>
        <translation>el contacto {id} está eliminado</translation>
    </message>
    <message>
        <source>release {id} is already published</source>
        <translation>el comunicado {id} ya está publicado</translation>
    </message>
    <message>
        <source>the release is published; its block&apos;s language is fixed</source>
        <translation>el comunicado está publicado; el idioma de su bloque ya no puede cambiar</translation>
    </message>
    <message>
        <source>no office called &apos;{name}&apos; (rows {rows}): those contacts are imported without an office, the name kept in their notes; create the office to link them</source>
        <translation>ninguna oficina llamada «{name}» (filas {rows}): esos contactos se importan sin oficina, con el nombre guardado en sus notas; cree la oficina para vincularlos</translation>
    </message>
    <message>
        <source>a mapping file is a JSON object: {{&quot;header&quot;: &quot;field&quot;, ...}}</source>
        <translation>un archivo de asignación es un objeto JSON: {{&quot;encabezado&quot;: &quot;campo&quot;, ...}}</translation>
    </message>
    <message>
        <source>is not a JSON mapping file ({detail})</source>
        <translation>no es un archivo de asignación JSON ({detail})</translation>
    </message>
    <message>
        <source>the spreadsheet has no column &apos;{column}&apos;</source>
        <translation>la hoja de cálculo no tiene ninguna columna «{column}»</translation>
    </message>
    <message>
        <source>the mapping was made for other headers than the file&apos;s</source>
        <translation>la asignación se hizo para otros encabezados que los del archivo</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is mapped twice in the file</source>
        <translation>la columna «{column}» está asignada dos veces en el archivo</translation>
    </message>
    <message>
        <source>&apos;{choice}&apos; is neither auto, a layout ({layouts}) nor a mapping file</source>
        <translation>«{choice}» no es auto, ni un diseño ({layouts}), ni un archivo de asignación</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; (column &apos;{column}&apos;) is not a field; the fields are: {fields}</source>
        <translation>«{value}» (columna «{column}») no es un campo; los campos son: {fields}</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} no es un archivo normal</translation>
    </message>
    <message>
        <source>{path} is read-only</source>
        <translation>{path} es de solo lectura</translation>
    </message>
    <message>
        <source>is more than {limit} MB: too large to be a press release</source>
        <translation>supera {limit} MB: demasiado grande para ser un comunicado</translation>
    </message>
    <message>
        <source>release {id} was published in {language}; add --current for a block in another language from today&apos;s data</source>
        <translation>el comunicado {id} se publicó en {language}; añada --current para un bloque en otro idioma con los datos actuales</translation>
    </message>
    <message>
        <source>release {id} was published with the {layout} layout; add --current for another layout from today&apos;s data</source>
        <translation>el comunicado {id} se publicó con la disposición {layout}; añada --current para otra disposición con los datos actuales</translation>
    </message>
    <message>
        <source>the Outlook profile is vCard 3.0; leave out --version</source>
        <translation>el perfil Outlook es vCard 3.0; omita --version</translation>
    </message>
    <message>
        <source>--xlsx writes an Excel workbook: name the file .xlsx, not .csv</source>
        <translation>--xlsx escribe un libro de Excel: ponga al archivo la extensión .xlsx, no .csv</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not LANG=NAME</source>
        <translation>«{value}» no tiene la forma IDIOMA=NOMBRE</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not LANG=TITLE</source>
        <translation>«{value}» no tiene la forma IDIOMA=CARGO</translation>
    </message>
    <message>
        <source>applies to a published --release only</source>
        <translation>solo se aplica a un --release publicado</translation>
    </message>
    <message>
        <source>cannot use {path}: {detail}</source>
        <translation>no se puede usar {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot create the folder {path}: {detail}</source>
        <translation>no se puede crear la carpeta {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file</source>
        <translation>{path} es una carpeta; indique un archivo</translation>
    </message>
    <message>
        <source>The part after the @-sign is a reserved name that cannot receive e-mail.</source>
        <translation>La parte tras la @ es un nombre reservado que no puede recibir correo.</translation>
    </message>
    <message>
        <source>The part after the @-sign does not end with a known top-level domain.</source>
        <translation>La parte tras la @ no termina en un dominio de nivel superior conocido.</translation>
    </message>
    <message>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>Una dirección de correo no puede tener un punto y un guion juntos.</translation>
    </message>
    <message>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>Una dirección de correo no puede tener un guion justo después de la @.</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>Una dirección de correo no puede contener espacios.</translation>
    </message>
    <message>
        <source>The address contains invisible or control characters; type it again.</source>
        <translation>La dirección contiene caracteres invisibles o de control; escríbala de nuevo.</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain {characters}.</source>
        <translation>Una dirección de correo no puede contener {characters}.</translation>
    </message>
    <message>
        <source>An e-mail address has only one @-sign.</source>
        <translation>Una dirección de correo solo lleva una @.</translation>
    </message>
    <message>
        <source>This is too long to be an e-mail address ({length} characters; at most {limit}).</source>
        <translation>Es demasiado largo para una dirección de correo ({length} caracteres; como máximo {limit}).</translation>
    </message>
    <message>
        <source>This is not an e-mail address as it stands; the address in it is {address}.</source>
        <translation>Tal como está, no es una dirección de correo; la dirección que contiene es {address}.</translation>
    </message>
    <message>
        <source>possible duplicate of {name}: {what}</source>
        <translation>posible duplicado de {name}: {what}</translation>
    </message>
    <message>
        <source>same name at the same office</source>
        <translation>mismo nombre en la misma oficina</translation>
    </message>
    <message>
        <source>{what} as {name}</source>
        <translation>{what} que {name}</translation>
    </message>
    <message>
        <source>contacts still belong to this office ({count}); move them first</source>
        <translation>todavía hay contactos en esta oficina ({count}); muévalos primero</translation>
    </message>
    <message>
        <source>{path} is not a folder</source>
        <translation>{path} no es una carpeta</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>the card has no name (N or FN)</source>
        <translation>la tarjeta no tiene nombre (N o FN)</translation>
    </message>
    <message>
        <source>cannot write {path}: {detail}</source>
        <translation>no se puede escribir {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot write in {folder}: {detail}</source>
        <translation>no se puede escribir en {folder}: {detail}</translation>
    </message>
    <message>
        <source>cannot read {path}: {detail}</source>
        <translation>no se puede leer {path}: {detail}</translation>
    </message>
    <message>
        <source>no release with id {id}</source>
        <translation>no hay ningún comunicado con el id {id}</translation>
    </message>
    <message>
        <source>same UID as the card at line {line} ({first}), but another person</source>
        <translation>mismo UID que la tarjeta de la línea {line} ({first}), pero otra persona</translation>
    </message>
    <message>
        <source>contact {id} ({name}) has this UID but is deleted; restore it first</source>
        <translation>el contacto {id} ({name}) tiene este UID pero está eliminado; restáurelo primero</translation>
    </message>
</context>
</TS>
