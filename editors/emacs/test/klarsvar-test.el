;;; klarsvar-test.el --- Batch test: klarsvar diagnostics through Eglot and Flymake  -*- lexical-binding: t; -*-

;; Run through editors/emacs/test/run.sh, which sets KLARSVAR_BINARY, KLARSVAR_EMACS_ROOT,
;; KLARSVAR_TEST_FILE and KLARSVAR_TEST_RULES.  Exits 0 and prints "klarsvar emacs test: ok" on
;; success, prints "FAIL: ..." and exits 1 otherwise.

;;; Code:

(require 'cl-lib)

(defun klarsvar-test--fail (format-string &rest args)
  (princ (concat "FAIL: " (apply #'format format-string args) "\n") #'external-debugging-output)
  (kill-emacs 1))

(defmacro klarsvar-test--check (condition &rest message)
  `(unless ,condition (klarsvar-test--fail ,@message)))

(defun klarsvar-test--env (name)
  (or (getenv name) (klarsvar-test--fail "%s is not set; run editors/emacs/test/run.sh" name)))

(defun klarsvar-test--diagnostics ()
  "klarsvar's Flymake diagnostics in the current buffer, sorted by position."
  (sort (cl-remove-if-not (lambda (d) (string-prefix-p "klarsvar" (flymake-diagnostic-text d)))
                          (flymake-diagnostics))
        (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))

(defun klarsvar-test--code (diagnostic)
  "The rule id of DIAGNOSTIC, from the LSP diagnostic Eglot keeps in its data."
  (let ((lsp (alist-get 'eglot-lsp-diag (flymake-diagnostic-data diagnostic))))
    (plist-get lsp :code)))

(defun klarsvar-test--find (code)
  (cl-find code (klarsvar-test--diagnostics) :key #'klarsvar-test--code :test #'equal))

(defun klarsvar-test--wait (predicate seconds what)
  "Process server output until PREDICATE holds; fail after SECONDS naming WHAT."
  (let ((deadline (+ (float-time) seconds)))
    (while (not (funcall predicate))
      (when (> (float-time) deadline)
        (klarsvar-test--fail "%s within %d s (Flymake has %d klarsvar diagnostics: %S)"
                             what seconds (length (klarsvar-test--diagnostics))
                             (mapcar #'klarsvar-test--code (klarsvar-test--diagnostics))))
      (accept-process-output nil 0.1)
      ;; In batch mode no command loop runs Flymake's timers; start it by hand.
      (when (bound-and-true-p flymake-mode) (flymake-start)))))

(defun klarsvar-test--settle ()
  "Process server output for a second (a re-lint after a settings exchange arrives by then)."
  (let ((until (+ (float-time) 1.0)))
    (while (< (float-time) until)
      (accept-process-output nil 0.1)
      (when (bound-and-true-p flymake-mode) (flymake-start)))))

(defun klarsvar-test--region-of (text)
  "Buffer positions (BEG . END) of the first occurrence of TEXT."
  (save-excursion
    (goto-char (point-min))
    (unless (search-forward text nil t) (klarsvar-test--fail "text not in the example: %s" text))
    (cons (match-beginning 0) (match-end 0))))

(defun klarsvar-test--check-findings (&optional edited)
  "Check rule ids, ranges, severities and the effect of the settings.
With EDITED, \"erhållit\" has been replaced and must no longer be reported."
  (pcase-dolist (`(,code ,text ,type)
                 `(,@(unless edited '(("plain-officialese" "erhållit" eglot-note)))
                   ("tone-pseudo-apology" "Vi beklagar om du har upplevt" eglot-warning)
                   ("commitment-no-deadline" "Vi ser över schemat" eglot-error) ; severity from klarsvar-rules
                   ("norra-berga-undertecknad" "undertecknad" eglot-warning))) ; from klarsvar-rule-paths
    (let ((diagnostic (klarsvar-test--find code))
          (region (klarsvar-test--region-of text)))
      (klarsvar-test--check diagnostic "missing diagnostic %s" code)
      (klarsvar-test--check (and (= (flymake-diagnostic-beg diagnostic) (car region))
                                 (= (flymake-diagnostic-end diagnostic) (cdr region)))
                            "%s at %d-%d, expected %d-%d (%S)" code
                            (flymake-diagnostic-beg diagnostic) (flymake-diagnostic-end diagnostic)
                            (car region) (cdr region) text)
      (klarsvar-test--check (eq (flymake-diagnostic-type diagnostic) type)
                            "%s has type %s, expected %s" code (flymake-diagnostic-type diagnostic) type)
      (klarsvar-test--check (string-prefix-p (format "klarsvar [%s]: " code) (flymake-diagnostic-text diagnostic))
                            "%s text is %S" code (flymake-diagnostic-text diagnostic))))
  (klarsvar-test--check (klarsvar-test--find "referral-complaint-ivo") "missing diagnostic referral-complaint-ivo")
  (klarsvar-test--check (null (klarsvar-test--find "plain-archaic"))
                        "plain-archaic is reported although klarsvar-rules turns it off"))

(condition-case err
    (let* ((root (klarsvar-test--env "KLARSVAR_EMACS_ROOT"))
           (file (klarsvar-test--env "KLARSVAR_TEST_FILE"))
           (rules-folder (klarsvar-test--env "KLARSVAR_TEST_RULES"))
           (markdown (require 'markdown-mode nil t)))
      (setq user-emacs-directory (file-name-as-directory
                                  (or (getenv "KLARSVAR_EMACS_HOME") (make-temp-file "klarsvar-emacs" t))))
      (add-to-list 'load-path root)
      (require 'eglot)
      (require 'klarsvar)
      (princ (format "Emacs %s, Eglot %s, %s\n" emacs-version
                     (or (bound-and-true-p eglot--version)
                         (file-name-nondirectory (directory-file-name
                                                  (file-name-directory (locate-library "eglot")))))
                     (if markdown "markdown-mode" "text-mode (markdown-mode not installed)")))
      ;; Settings under test: an extra rule folder, a rule turned off, a severity changed.
      (setq klarsvar-program (klarsvar-test--env "KLARSVAR_BINARY")
            klarsvar-rule-paths (list rules-folder)
            klarsvar-rules '(("plain-archaic" . "off") ("commitment-no-deadline" . "error")))
      (setq eglot-sync-connect 10)
      (find-file file)
      (unless markdown (text-mode))
      (klarsvar-test--check (assq major-mode klarsvar-major-modes) "unexpected major mode %s" major-mode)
      (apply #'eglot (eglot--guess-contact))
      (klarsvar-test--check (eglot-current-server) "Eglot did not connect to %s" klarsvar-program)
      (klarsvar-test--check (object-of-class-p (eglot-current-server) 'klarsvar-eglot-server)
                            "Eglot started %S, not klarsvar" (eglot-current-server))
      (klarsvar-test--wait (lambda () (klarsvar-test--find "plain-officialese")) 20
                           "no plain-officialese diagnostic")
      ;; The server asks for settings (workspace/configuration) after initialize; let that settle.
      (klarsvar-test--settle)
      (klarsvar-test--check-findings)
      ;; What a user sees in the echo area / M-x flymake-show-buffer-diagnostics.
      (dolist (d (klarsvar-test--diagnostics))
        (princ (format "%s:%d:%d: %-7s %s\n" (file-name-nondirectory file)
                       (line-number-at-pos (flymake-diagnostic-beg d))
                       (save-excursion (goto-char (flymake-diagnostic-beg d)) (1+ (current-column)))
                       (substring (symbol-name (flymake-diagnostic-type d)) 6)
                       (flymake-diagnostic-text d))))
      ;; Editing re-lints: replace "erhållit" with "fått" and wait for the finding to go away.
      (let ((region (klarsvar-test--region-of "erhållit")))
        (goto-char (car region))
        (delete-region (car region) (cdr region))
        (insert "fått")
        (eglot--signal-textDocument/didChange))
      (klarsvar-test--wait (lambda () (null (klarsvar-test--find "plain-officialese"))) 10
                           "plain-officialese still reported after the edit")
      (klarsvar-test--settle)
      (klarsvar-test--check-findings t)
      (princ (format "klarsvar emacs test: ok (%d diagnostics, settings applied, re-lint after edit)\n"
                     (length (klarsvar-test--diagnostics))))
      (ignore-errors (let ((eglot-autoshutdown t)) (eglot-shutdown (eglot-current-server))))
      (set-buffer-modified-p nil)
      (kill-emacs 0))
  (error (klarsvar-test--fail "%s" (error-message-string err))))

;;; klarsvar-test.el ends here
