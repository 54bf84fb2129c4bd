;;; klarsvar.el --- klarsvar language server for Eglot  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1") (eglot "1.9"))
;; Keywords: languages, wp
;; URL: https://github.com/klarsvar/klarsvar

;;; Commentary:

;; Registers `klarsvar lsp' with Eglot for `markdown-mode' (and `gfm-mode') and `text-mode', so
;; findings in Swedish reply letters show up through Flymake, with hover explanations and quick
;; fixes as code actions.
;;
;;   (add-to-list 'load-path "/path/to/klarsvar/editors/emacs")
;;   (require 'klarsvar)
;;   (add-hook 'text-mode-hook #'klarsvar-eglot-ensure)   ; also runs for markdown-mode
;;
;; Settings (M-x customize-group RET klarsvar) are sent as `initializationOptions' and answered to
;; the server's `workspace/configuration' requests (section "klarsvar"), using the same keys as
;; `.klarsvar.json'.  After changing them in a running session: M-x klarsvar-apply-settings.
;;
;; Tested with Debian bookworm's Emacs 28.2 and elpa-eglot 1.9 (editors/emacs/test/run.sh).

;;; Code:

(require 'cl-lib)
(require 'eglot)

(defgroup klarsvar nil
  "Findings in Swedish reply letters from the klarsvar language server."
  :group 'tools
  :prefix "klarsvar-")

(defcustom klarsvar-program "klarsvar"
  "The klarsvar binary: a name on `exec-path' or a full path."
  :type 'string)

(defcustom klarsvar-major-modes
  '((markdown-mode . "markdown") (gfm-mode . "markdown") (text-mode . "plaintext"))
  "Major modes Eglot starts klarsvar for, each with its LSP language id.
Eglot also matches modes derived from these (`org-mode' derives from
`text-mode').  The server only checks documents whose language id is in
`klarsvar-languages' (default plaintext and markdown).  Takes effect for
new Eglot sessions; run `klarsvar-register' after changing it with `setq'."
  :type '(alist :key-type (symbol :tag "Major mode") :value-type (string :tag "Language id"))
  :set (lambda (symbol value)
         (set-default symbol value)
         (when (fboundp 'klarsvar-register) (klarsvar-register))))

(defcustom klarsvar-rule-paths nil
  "Folders holding extra rule packs.
Each is a pack folder (with pack.json) or a folder of pack folders.  `~' is
expanded; the server resolves relative paths against the project root."
  :type '(repeat directory))

(defcustom klarsvar-packs nil
  "Ids of the rule packs to enable; nil enables every loaded pack."
  :type '(repeat string))

(defcustom klarsvar-rules nil
  "Rule id → `off' or a severity, e.g. ((\"plain-buzzwords\" . \"off\")).
Same as `rules' in .klarsvar.json; these win over the project file."
  :type '(alist :key-type (string :tag "Rule id")
                :value-type (choice (const :tag "Off" "off")
                                    (const :tag "Error" "error")
                                    (const :tag "Warning" "warning")
                                    (const :tag "Info" "info")
                                    (const :tag "Hint" "hint"))))

(defcustom klarsvar-languages nil
  "LSP language ids the server checks.
nil means the server's default: plaintext and markdown."
  :type '(repeat string))

(defcustom klarsvar-kind nil
  "Document kind of checked letters.
nil means the kind from .klarsvar.json, or `reply'."
  :type '(choice (const :tag "Default" nil)
                 (const "reply") (const "decision") (const "summary") (const "opinion")))

(defcustom klarsvar-placeholders nil
  "Template placeholder delimiters as (OPEN . CLOSE) pairs.
nil keeps the defaults."
  :type '(alist :key-type (string :tag "Open") :value-type (string :tag "Close")))

(defclass klarsvar-eglot-server (eglot-lsp-server) ()
  :documentation "An Eglot session with `klarsvar lsp'.")

(defun klarsvar--object (pairs)
  "A JSON object (hash table) from the alist PAIRS with string keys."
  (let ((table (make-hash-table :test #'equal)))
    (dolist (pair pairs table)
      (puthash (format "%s" (car pair)) (cdr pair) table))))

(defun klarsvar-settings ()
  "The server settings from the `klarsvar-' options, as a hash table."
  (let ((settings (make-hash-table :test #'equal)))
    (when klarsvar-rule-paths
      (puthash "rulePaths"
               (vconcat (mapcar (lambda (path)
                                  (let ((path (directory-file-name path)))
                                    (if (string-prefix-p "~" path) (expand-file-name path) path)))
                                klarsvar-rule-paths))
               settings))
    (when klarsvar-packs (puthash "packs" (vconcat klarsvar-packs) settings))
    (when klarsvar-rules
      (puthash "rules"
               (klarsvar--object (mapcar (lambda (rule) (cons (car rule) (format "%s" (cdr rule))))
                                         klarsvar-rules))
               settings))
    (when klarsvar-languages (puthash "languages" (vconcat klarsvar-languages) settings))
    (when klarsvar-kind (puthash "kind" (format "%s" klarsvar-kind) settings))
    (when klarsvar-placeholders
      (puthash "placeholders"
               (vconcat (mapcar (lambda (pair) (klarsvar--object `(("open" . ,(car pair))
                                                                   ("close" . ,(cdr pair)))))
                                klarsvar-placeholders))
               settings))
    settings))

(defun klarsvar--initialization-options (_server)
  "The `initializationOptions' for a new klarsvar session."
  (klarsvar-settings))

(defun klarsvar--contact (&rest _)
  "Eglot contact for klarsvar, read when a session starts."
  (list 'klarsvar-eglot-server klarsvar-program "lsp"
        :initializationOptions #'klarsvar--initialization-options))

;; The server asks for section "klarsvar" through workspace/configuration.  Answer with the
;; `klarsvar-' options unless `eglot-workspace-configuration' has its own :klarsvar section; an empty
;; answer would replace the settings sent in initializationOptions.
(cl-defmethod eglot-handle-request
  ((_server klarsvar-eglot-server) (_method (eql workspace/configuration)) &key items)
  "Answer the klarsvar server's workspace/configuration request ITEMS."
  (let ((answers (cl-call-next-method)))
    (cl-map 'vector
            (lambda (item answer)
              (if (and (null answer) (equal (plist-get item :section) "klarsvar"))
                  (klarsvar-settings)
                answer))
            items answers)))

(defun klarsvar--program-entry ()
  "The `eglot-server-programs' entry for klarsvar."
  (cons (mapcar (lambda (mode) (list (car mode) :language-id (cdr mode))) klarsvar-major-modes)
        #'klarsvar--contact))

;;;###autoload
(defun klarsvar-register ()
  "Put klarsvar first in `eglot-server-programs'."
  (interactive)
  (setq eglot-server-programs
        (cons (klarsvar--program-entry)
              (cl-remove #'klarsvar--contact eglot-server-programs :key #'cdr))))

;;;###autoload
(defun klarsvar-eglot-ensure ()
  "Start Eglot here if the major mode is one of `klarsvar-major-modes'.
Meant for `text-mode-hook': unlike `eglot-ensure' it leaves other text
modes (Org, LaTeX) alone."
  (when (assq major-mode klarsvar-major-modes)
    (eglot-ensure)))

(defun klarsvar-apply-settings ()
  "Send the current `klarsvar-' options to the running klarsvar sessions."
  (interactive)
  (let ((count 0))
    (dolist (servers (hash-table-values eglot--servers-by-project))
      (dolist (server servers)
        (when (object-of-class-p server 'klarsvar-eglot-server)
          (cl-incf count)
          ;; The server answers by asking for section "klarsvar" (see the method above).
          (jsonrpc-notify server :workspace/didChangeConfiguration
                          (list :settings (klarsvar--object `(("klarsvar" . ,(klarsvar-settings)))))))))
    (message "klarsvar: settings sent to %d session(s)" count)))

(klarsvar-register)

(provide 'klarsvar)
;;; klarsvar.el ends here
